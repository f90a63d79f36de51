import { z } from 'zod';
import type { TableRow } from '../files/read-table.js';
import type { RowProblem } from './import-report.js';

/** A calendar day as spreadsheets should write it, and a real one (no 31 February). */
export const dayCell = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD, such as 2025-12-31')
  .refine((day) => !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day), 'not a real day')
  .refine((day) => day >= '1990-01-01', 'not before 1990');

/** An empty cell is "not given". */
export const optional = <T extends z.ZodType>(rule: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), rule.optional());

export const wholeNumberCell = z
  .string()
  .regex(/^-?\d+$/, 'a whole number written with digits only, such as 1250 (no separators)')
  .transform(Number);

/** Columns the file must have; missing ones are reported once, on the header line. */
export function missingColumns(header: string[], required: readonly string[]): RowProblem[] {
  return required
    .filter((column) => !header.includes(column))
    .map((column) => ({ line: 1, column, message: `The header has no column "${column}".` }));
}

/** Parses one row's cells with `rules`; each broken cell is a problem naming its column. */
export function parseRow<S extends z.ZodType>(rules: S, row: TableRow, problems: RowProblem[]): z.output<S> | null {
  const parsed = rules.safeParse(row.values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : null;
    const got = column ? row.values[column] : undefined;
    problems.push({
      line: row.line,
      column,
      message: `${column ?? 'row'}: ${issue.message}${got ? ` (got "${got}")` : ''}`,
    });
  }
  return null;
}

/** Units by code: a code may have been borne by several units, one after the other. */
export function groupByCode<T extends { code: string }>(units: T[]): Map<string, T[]> {
  const byCode = new Map<string, T[]>();
  for (const unit of units) (byCode.get(unit.code) ?? byCode.set(unit.code, []).get(unit.code)!).push(unit);
  return byCode;
}
