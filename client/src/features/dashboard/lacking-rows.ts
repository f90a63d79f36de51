import { matchesVietnameseSearch } from '@tripartite/shared';
import type { LackingWardsQuery } from '../../graphql/generated/graphql';
import { daysSince } from '../../lib/format';

/**
 * Where a ward of the lacking list stands: its current agreement's status, or without one
 * `NEEDS_RESIGNING` (wards merged into it had signed) or `NONE`.
 * A `SIGNED` agreement here is one not in effect today (not yet, or lapsed).
 */
export const ROW_STATUSES = [
  'NONE',
  'NEEDS_RESIGNING',
  'DRAFTING',
  'AWAITING_SIGNATURES',
  'SIGNED',
  'TERMINATED',
  'EXPIRED',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export type LackingRow = {
  id: string;
  code: string;
  name: string;
  kind: LackingWardsQuery['wardsLackingSignedAgreement'][number]['kind'];
  status: RowStatus;
  agency: string | null;
  postOffice: string | null;
  /** Whole days since the current agreement last changed; null without an agreement. */
  days: number | null;
};

export function toRows(wards: LackingWardsQuery['wardsLackingSignedAgreement'], now = new Date()): LackingRow[] {
  return wards.map((ward) => {
    const agreement = ward.currentAgreement;
    return {
      id: ward.id,
      code: ward.code,
      name: ward.name,
      kind: ward.kind,
      status: agreement?.status ?? (ward.signingStatus === 'NEEDS_RESIGNING' ? 'NEEDS_RESIGNING' : 'NONE'),
      agency: agreement?.agency.name ?? null,
      postOffice: agreement?.postOffice.name ?? null,
      days: agreement ? daysSince(agreement.updatedAt, now) : null,
    };
  });
}

/** Rows whose name matches `search` (diacritics and case ignored) and, if given, of one status. */
export function filterRows(rows: readonly LackingRow[], search: string, status: RowStatus | null): LackingRow[] {
  return rows.filter((row) => (status === null || row.status === status) && matchesVietnameseSearch(row.name, search));
}
