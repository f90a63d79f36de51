import { matchesVietnameseSearch } from '@tripartite/shared';
import type { StatusWord } from '../../components/status-words';
import type { LackingWardsQuery } from '../../graphql/generated/graphql';
import { daysSince } from '../../lib/format';

/**
 * Where a ward of the lacking list stands, in the app's one set of status words and in workflow
 * order: its current agreement's status, or without one `NEEDS_RESIGNING` (wards merged into it
 * had signed) or `NOT_STARTED`. A signed agreement here is not in effect today: not yet
 * (`SIGNED_NOT_YET_IN_EFFECT`) or lapsed past its end date (`EXPIRED`).
 */
export const ROW_STATUSES = [
  'NOT_STARTED',
  'NEEDS_RESIGNING',
  'DRAFTING',
  'AWAITING_SIGNATURES',
  'SIGNED_NOT_YET_IN_EFFECT',
  'TERMINATED',
  'EXPIRED',
] as const satisfies readonly StatusWord[];
export type RowStatus = (typeof ROW_STATUSES)[number];

type LackingWard = LackingWardsQuery['wardsLackingSignedAgreement'][number];

function rowStatus(ward: LackingWard): RowStatus {
  const agreement = ward.currentAgreement;
  if (!agreement) return ward.signingStatus === 'NEEDS_RESIGNING' ? 'NEEDS_RESIGNING' : 'NOT_STARTED';
  if (agreement.status !== 'SIGNED') return agreement.status;
  return ward.signingStatus === 'SIGNED_NOT_YET_IN_EFFECT' ? 'SIGNED_NOT_YET_IN_EFFECT' : 'EXPIRED';
}

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
  /** Inhabitants as published (`import seats`); null when none is recorded. */
  population: number | null;
};

export function toRows(wards: LackingWardsQuery['wardsLackingSignedAgreement'], now = new Date()): LackingRow[] {
  return wards.map((ward) => {
    const agreement = ward.currentAgreement;
    return {
      id: ward.id,
      code: ward.code,
      name: ward.name,
      kind: ward.kind,
      status: rowStatus(ward),
      agency: agreement?.agency.name ?? null,
      postOffice: agreement?.postOffice.name ?? null,
      days: agreement ? daysSince(agreement.updatedAt, now) : null,
      population: ward.population?.inhabitants ?? null,
    };
  });
}

/**
 * Rows whose name matches `search` (diacritics and case ignored) or whose code starts with it
 * (people read codes off paper lists), and, if given, of one status.
 */
export function filterRows<Row extends Pick<LackingRow, 'code' | 'name'> & { status: string }>(
  rows: readonly Row[],
  search: string,
  status: string | null,
): Row[] {
  const code = search.trim();
  return rows.filter(
    (row) =>
      (status === null || row.status === status) &&
      ((/^\d+$/.test(code) && row.code.startsWith(code)) || matchesVietnameseSearch(row.name, search)),
  );
}

/** The parties every agreement of a list shares: each a name, or null where the list names several or none. */
export type SharedOffices = { agency: string | null; postOffice: string | null };

/**
 * The social insurance agency and the post office the list's agreements all have, so the table
 * says each once instead of on every row (a province's agreements are all with its own agency and
 * post office, so the two columns repeated one truncated name down the table). A party that
 * differs from row to row stays a column. Wards without an agreement name no party.
 */
export function sharedOffices(rows: readonly Pick<LackingRow, 'agency' | 'postOffice'>[]): SharedOffices {
  const onlyOne = (names: (string | null)[]) => {
    const distinct = new Set(names.filter((name) => name !== null));
    return distinct.size === 1 ? [...distinct][0]! : null;
  };
  return { agency: onlyOne(rows.map((row) => row.agency)), postOffice: onlyOne(rows.map((row) => row.postOffice)) };
}
