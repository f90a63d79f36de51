import type { AllowedFields } from '../../graphql/selection.js';
import { ADMINISTRATIVE_UNIT_COLUMNS } from '../geography/unit-columns.js';

/*
 * What the plain-row reads (ward-standing-rows.ts, agreement-page-rows.ts) can answer: each
 * type's scalar fields and their columns, and how a column comes back from either database.
 */

export const WARD_COLUMNS: Record<string, string> = ADMINISTRATIVE_UNIT_COLUMNS;
export const AGREEMENT_COLUMNS: Record<string, string> = {
  id: 'id',
  referenceNumber: 'reference_number',
  status: 'status',
  signedOn: 'signed_on',
  effectiveFrom: 'effective_from',
  effectiveTo: 'effective_to',
  notes: 'notes',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
export const UNIT_COLUMNS: Record<string, string> = {
  id: 'id',
  code: 'code',
  name: 'name',
  level: 'level',
  areaServed: 'area_served',
  validFrom: 'valid_from',
  validTo: 'valid_to',
};
/** An agreement's two organisations and their tables. */
export const PARTIES = [
  ['agency', 'agency'],
  ['postOffice', 'post_office'],
] as const;
export const DATE_FIELDS = new Set(['validFrom', 'validTo', 'signedOn', 'effectiveFrom', 'effectiveTo']);
export const INSTANT_FIELDS = new Set(['createdAt', 'updatedAt']);
export const SIGNATORY_FIELDS = { party: true, name: true, title: true, signedOn: true } as const;
export const STATUS_CHANGE_FIELDS = {
  sequence: true,
  fromStatus: true,
  toStatus: true,
  changedAt: true,
  changedBy: true,
  note: true,
} as const;

export const allowed = (columns: Record<string, string>): AllowedFields =>
  Object.fromEntries(Object.keys(columns).map((field) => [field, true]));

/** Marks plain rows, so the field resolvers answer from them and load nothing. */
export const PLAIN_STANDING = Symbol('plainStanding');

/** A date column as `YYYY-MM-DD` text on both databases. */
export const asText = (column: string) => `cast(${column} as text)`;

/** A JSON array of the agreement's signatories in party order (People's Committee, agency, post office). */
export function signatoriesJson(postgres: boolean, agreementId: string): string {
  const pairs = `'party', s.party, 'name', s.name, 'title', s.title, 'signedOn', ${asText('s.signed_on')}`;
  const order = `case s.party when 'PEOPLES_COMMITTEE' then 0 when 'SOCIAL_INSURANCE_AGENCY' then 1 else 2 end`;
  const aggregate = postgres
    ? `coalesce(json_agg(json_build_object(${pairs}) order by ${order}), '[]'::json)`
    : `json_group_array(json_object(${pairs}) order by ${order})`;
  return `(select ${aggregate} from agreement_signatory s where s.agreement_id = ${agreementId})`;
}

/** A JSON array of the agreement's status changes, oldest first; `changedAt` as the database keeps it. */
export function historyJson(postgres: boolean, agreementId: string): string {
  const pairs = `'sequence', h.sequence, 'fromStatus', h.from_status, 'toStatus', h.to_status,
    'changedAt', h.changed_at, 'changedBy', h.changed_by, 'note', h.note`;
  const aggregate = postgres
    ? `coalesce(json_agg(json_build_object(${pairs}) order by h.sequence), '[]'::json)`
    : `json_group_array(json_object(${pairs}) order by h.sequence)`;
  return `(select ${aggregate} from agreement_status_change h where h.agreement_id = ${agreementId})`;
}
