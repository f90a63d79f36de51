import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DomainError } from '../../errors.js';

/** What is wrong with one row of an import file; `line` is the file's 1-based line, header included. */
export type LineProblem = { file: string; line: number; message: string };

/**
 * A load refused before anything was written: every bad row is named, so the file can be
 * corrected in one go rather than one error per attempt.
 */
export class ImportRejectedError extends DomainError {
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} problem(s) found; nothing was written.`);
  }
}

/** Reports how far a long load has come: `done` of `total` rows of a named step. */
export type ProgressSink = (step: string, done: number, total: number) => void;

/** Who ran a load, and what it loaded, as the audit record keeps it. */
export type LoadedFile = { file: string; sha256: string };

export async function describeFile(filePath: string): Promise<LoadedFile> {
  const sha256 = createHash('sha256')
    .update(await readFile(filePath))
    .digest('hex');
  return { file: basename(filePath), sha256 };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (not 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar day before `day`: a unit merged on 1 July 2025 was last in force on 30 June. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Counts of one load, per kind of unit or link. */
export type ChangeCounts = { created: number; updated: number; unchanged: number };

export function emptyCounts(): ChangeCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Splits a list for statements whose parameter count the databases limit. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
