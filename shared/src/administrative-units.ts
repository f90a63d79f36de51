/**
 * Kinds of administrative unit, as the General Statistics Office lists them.
 * Since 1 July 2025 there are no districts: provinces hold wards, communes and special zones
 * directly. Townships (thị trấn) exist only in the lists before that date.
 */
export const PROVINCE_KINDS = ['CITY', 'PROVINCE'] as const;
export type ProvinceKind = (typeof PROVINCE_KINDS)[number];

export const WARD_KINDS = ['WARD', 'COMMUNE', 'SPECIAL_ZONE', 'TOWNSHIP'] as const;
export type WardKind = (typeof WARD_KINDS)[number];

/** Official province codes are two digits; leading zeros matter (`01` is Hà Nội). */
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;

/** Official commune-level codes are five digits (`26743` is Bến Thành). */
export const WARD_CODE_PATTERN = /^\d{5}$/;

export function isProvinceCode(value: string): boolean {
  return PROVINCE_CODE_PATTERN.test(value);
}

export function isWardCode(value: string): boolean {
  return WARD_CODE_PATTERN.test(value);
}
