/**
 * The columns every administrative unit's table has (province and ward alike: both are units of
 * the official lists, with a code, names and days of validity), by GraphQL field. The plain-row
 * reads of provinces (plain-province.ts) and wards (agreements' plain-columns.ts) answer these
 * fields straight from a row.
 */
export const ADMINISTRATIVE_UNIT_COLUMNS = {
  id: 'id',
  code: 'code',
  name: 'name',
  fullName: 'full_name',
  nameEn: 'name_en',
  kind: 'kind',
  validFrom: 'valid_from',
  validTo: 'valid_to',
} as const;
