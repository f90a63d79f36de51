import { createHash } from 'node:crypto';

/** A row that cannot be imported: its line in the file, the column at fault (if one) and why. */
export type RowProblem = { line: number; column: string | null; message: string };

/** Why a figure looks suspicious; it is imported all the same, for a director to check. */
export type FlagKind = 'BELOW_LISTED_THRESHOLD' | 'FAR_FROM_PREVIOUS' | 'NEW_EXCEEDS_TOTAL';

export type RowFlag = { line: number; kind: FlagKind; message: string };

/** What an import did, or (on a dry run or with problems) would have done. */
export type ImportReport = {
  kind: 'PARTICIPATION_FIGURES' | 'AGREEMENT_STATUSES';
  fileName: string;
  sha256: string;
  dryRun: boolean;
  /** True only when the rows' changes were committed; false on a dry run or with any problem. */
  written: boolean;
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: RowProblem[];
  flags: RowFlag[];
};

export function sha256Of(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Problems sorted by line, so a person fixes the file from top to bottom. */
export function byLine<T extends { line: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line);
}

/** The most rows one import takes: far more than a province's wards times its schemes and periods. */
export const MAX_IMPORT_ROWS = 20_000;
