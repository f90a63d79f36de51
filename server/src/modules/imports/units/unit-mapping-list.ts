import { basename } from 'node:path';
import { isProvinceCode, isWardCode } from '@tripartite/shared';
import type { Table } from '../files/read-table.js';
import { isCalendarDay, type LineProblem } from '../import-problems.js';

/**
 * Old-to-new mappings of units. The official provincial file names both sides
 * (`old_code,old_name,new_code,new_name,effective_on`); the ward-level format is
 * `old_code,new_code,effective_on`, one row per old ward and new ward it (partly) went to, or the
 * national file `wards-mapping-2025.csv`, which adds the names and `divided` (true when the old
 * ward was split, with one row per new ward).
 */
export type MappingLevel = 'province' | 'ward';

export type MappingRow = {
  line: number;
  oldCode: string;
  newCode: string;
  /** Names as the file gives them (provincial file only), checked against the units found. */
  oldName: string | null;
  newName: string | null;
  effectiveOn: string;
  /** Whether the file says the old ward was split (national ward file only). */
  divided: boolean | null;
};

export type MappingList = { file: string; level: MappingLevel; rows: MappingRow[] };

const PROVINCE_COLUMNS = ['old_code', 'old_name', 'new_code', 'new_name', 'effective_on'];
const WARD_COLUMNS = ['old_code', 'new_code', 'effective_on'];
/** The names and `divided` of the national ward file; the header alone tells it from the provincial one. */
const DIVIDED_COLUMN = 'divided';

export function readMappingList(filePath: string, table: Table): { list: MappingList | null; problems: LineProblem[] } {
  const file = basename(filePath);
  const has = (columns: string[]) => columns.every((column) => table.header.includes(column));
  const hasDivided = table.header.includes(DIVIDED_COLUMN);
  const level: MappingLevel | null =
    has(WARD_COLUMNS) && hasDivided ? 'ward' : has(PROVINCE_COLUMNS) ? 'province' : has(WARD_COLUMNS) ? 'ward' : null;
  if (!level) {
    const message = `the header is neither ${PROVINCE_COLUMNS.join(',')} (provinces) nor ${WARD_COLUMNS.join(',')} (wards)`;
    return { list: null, problems: [{ file, line: 1, message }] };
  }
  const isCode = level === 'province' ? isProvinceCode : isWardCode;
  const digits = level === 'province' ? 'two' : 'five';
  const problems: LineProblem[] = [];
  const rows: MappingRow[] = [];
  const seen = new Map<string, number>();
  const effectiveOfOld = new Map<string, { day: string; line: number }>();
  for (const { line, values } of table.rows) {
    const found: string[] = [];
    const oldCode = values['old_code'] ?? '';
    const newCode = values['new_code'] ?? '';
    const effectiveOn = values['effective_on'] ?? '';
    if (!isCode(oldCode)) found.push(`old_code "${oldCode}" is not ${digits} digits`);
    if (!isCode(newCode)) found.push(`new_code "${newCode}" is not ${digits} digits`);
    if (!isCalendarDay(effectiveOn)) found.push(`effective_on "${effectiveOn}" is not a day written YYYY-MM-DD`);
    if (level === 'province') {
      if (!values['old_name']) found.push('old_name is empty');
      if (!values['new_name']) found.push('new_name is empty');
    }
    const pair = `${oldCode} ${newCode} ${effectiveOn}`;
    const earlier = effectiveOfOld.get(oldCode);
    if (seen.has(pair)) {
      found.push(`the same mapping is already on line ${seen.get(pair)}`);
    } else if (earlier && earlier.day !== effectiveOn) {
      found.push(`old_code ${oldCode} ends on another day on line ${earlier.line}`);
    } else if (earlier && level === 'province') {
      // A provincial unit became part of exactly one new unit (its successor).
      found.push(`old_code ${oldCode} already goes to another unit on line ${earlier.line}`);
    }
    if (hasDivided && !['true', 'false'].includes(values[DIVIDED_COLUMN] ?? '')) {
      found.push(`divided "${values[DIVIDED_COLUMN] ?? ''}" is neither true nor false`);
    }
    if (Object.keys(values).some((column) => column.startsWith('#'))) found.push('more cells than the header has');
    if (found.length > 0) {
      problems.push({ file, line, message: found.join('; ') });
      continue;
    }
    seen.set(pair, line);
    effectiveOfOld.set(oldCode, { day: effectiveOn, line });
    rows.push({
      line,
      oldCode,
      newCode,
      oldName: values['old_name'] ?? null,
      newName: values['new_name'] ?? null,
      effectiveOn,
      divided: hasDivided ? values[DIVIDED_COLUMN] === 'true' : null,
    });
  }
  problems.push(...splitsThatDisagree(file, rows));
  if (table.rows.length === 0) problems.push({ file, line: 1, message: 'the file has no rows under its header' });
  return { list: { file, level, rows }, problems };
}

/**
 * A ward marked divided must have a row for each of (at least two) new wards, and one not
 * divided only one row: a missing or extra row would link the old ward to the wrong units.
 */
function splitsThatDisagree(file: string, rows: MappingRow[]): LineProblem[] {
  const byOld = new Map<string, MappingRow[]>();
  for (const row of rows) if (row.divided !== null) byOld.set(row.oldCode, [...(byOld.get(row.oldCode) ?? []), row]);
  const problems: LineProblem[] = [];
  for (const [oldCode, group] of byOld) {
    const lines = group.map((row) => row.line).join(', ');
    for (const row of group) {
      const message =
        row.divided && group.length < 2
          ? `old_code ${oldCode} is marked divided but has only this row: give one row per new unit`
          : !row.divided && group.length > 1
            ? `old_code ${oldCode} is not marked divided but has rows on lines ${lines}: set divided to true on each`
            : null;
      if (message) problems.push({ file, line: row.line, message });
    }
  }
  return problems;
}
