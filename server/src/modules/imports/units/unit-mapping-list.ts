import { basename } from 'node:path';
import { isProvinceCode, isWardCode } from '@tripartite/shared';
import type { Table } from '../files/read-table.js';
import { isCalendarDay, type LineProblem } from '../import-problems.js';

/**
 * Old-to-new mappings of units. The official provincial file names both sides
 * (`old_code,old_name,new_code,new_name,effective_on`); the ward-level format is
 * `old_code,new_code,effective_on`, one row per old ward and new ward it (partly) went to.
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
};

export type MappingList = { file: string; level: MappingLevel; rows: MappingRow[] };

const PROVINCE_COLUMNS = ['old_code', 'old_name', 'new_code', 'new_name', 'effective_on'];
const WARD_COLUMNS = ['old_code', 'new_code', 'effective_on'];

export function readMappingList(filePath: string, table: Table): { list: MappingList | null; problems: LineProblem[] } {
  const file = basename(filePath);
  const has = (columns: string[]) => columns.every((column) => table.header.includes(column));
  const level: MappingLevel | null = has(PROVINCE_COLUMNS) ? 'province' : has(WARD_COLUMNS) ? 'ward' : null;
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
    });
  }
  if (table.rows.length === 0) problems.push({ file, line: 1, message: 'the file has no rows under its header' });
  return { list: { file, level, rows }, problems };
}
