import { basename } from 'node:path';
import { isProvinceCode, isWardCode, PROVINCE_KINDS, type ProvinceKind, type WardKind } from '@tripartite/shared';
import type { Table } from '../files/read-table.js';
import { isCalendarDay, type LineProblem } from '../import-problems.js';

/** The official lists Tripartite reads, told apart by their header. */
export type UnitListKind = 'provinces' | 'communes-2025' | 'wards-2024';

/** Which side of the 1 July 2025 reorganisation a list describes. */
export type ListEdition = '2024' | '2025';

export type Validity = { validFrom: string; validTo: string | null };

/**
 * Default validity of each edition. The 2025 lists are in force from 1 July 2025 with no end.
 * The 2024 lists ended on 30 June 2025; when each of their units began is not in the lists, so
 * they default to 1 August 2008, when the 63 provincial units of 2008–2025 came into being
 * (as the demo seed dates them). Units created later than that keep this approximation unless
 * `--valid-from` says otherwise.
 */
export const EDITION_VALIDITY: Record<ListEdition, Validity> = {
  '2025': { validFrom: '2025-07-01', validTo: null },
  '2024': { validFrom: '2008-08-01', validTo: '2025-06-30' },
};

const WARD_KINDS_OF: Record<ListEdition, readonly WardKind[]> = {
  '2025': ['WARD', 'COMMUNE', 'SPECIAL_ZONE'],
  '2024': ['WARD', 'COMMUNE', 'TOWNSHIP'],
};

const UNIT_COLUMNS = ['code', 'name', 'full_name', 'name_en', 'kind'];
/** Longest values the columns hold (province.entity.ts, ward.entity.ts). */
const MAX_LENGTH = { name: 100, full_name: 150, name_en: 100 } as const;

export type UnitRow = {
  line: number;
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  kind: string;
  /** Communes and wards only. */
  provinceCode: string | null;
};

export type UnitList = {
  file: string;
  kind: UnitListKind;
  edition: ListEdition;
  validity: Validity;
  rows: UnitRow[];
};

export type ListOptions = { edition?: ListEdition; validFrom?: string; validTo?: string | null };

/** Spreadsheets read `01` as the number 1 unless the column is text: say so where it fits. */
function droppedZeros(code: string, digits: number): string {
  return /^\d+$/.test(code) && code.length < digits
    ? ` (a spreadsheet may have dropped its leading zeros: format the column as text)`
    : '';
}

/** Tells the list from its header, or says which columns are missing. */
export function detectUnitListKind(header: string[]): UnitListKind | string {
  const missing = UNIT_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return `the header lacks ${missing.join(', ')}: expected ${UNIT_COLUMNS.join(',')}[,province_code[,district_code]]`;
  }
  if (header.includes('district_code')) {
    return header.includes('province_code') ? 'wards-2024' : 'the header has district_code but no province_code';
  }
  return header.includes('province_code') ? 'communes-2025' : 'provinces';
}

function editionOf(kind: UnitListKind, filePath: string, options: ListOptions): ListEdition | null {
  if (options.edition) return options.edition;
  if (kind === 'wards-2024') return '2024';
  if (kind === 'communes-2025') return '2025';
  // The two provincial lists share a header: the file name or --list decides.
  const years = basename(filePath).match(/20(24|25)/g) ?? [];
  return years.length === 1 ? (years[0] as ListEdition) : null;
}

/**
 * Checks every row of a list on its own (formats, names, kinds, duplicate codes); whether a
 * parent province exists is for the plan, which sees the database.
 */
export function readUnitList(
  filePath: string,
  table: Table,
  options: ListOptions,
): { list: UnitList | null; problems: LineProblem[] } {
  const file = basename(filePath);
  const kind = detectUnitListKind(table.header);
  const fail = (message: string) => ({ list: null, problems: [{ file, line: 1, message }] });
  if (!['provinces', 'communes-2025', 'wards-2024'].includes(kind)) return fail(kind);
  const listKind = kind as UnitListKind;
  const edition = editionOf(listKind, filePath, options);
  if (!edition) {
    return fail('cannot tell the 2024 provincial list from the 2025 one: give --list 2024 or --list 2025');
  }
  const validity = {
    validFrom: options.validFrom ?? EDITION_VALIDITY[edition].validFrom,
    validTo: options.validTo === undefined ? EDITION_VALIDITY[edition].validTo : options.validTo,
  };
  for (const day of [validity.validFrom, validity.validTo]) {
    if (day !== null && !isCalendarDay(day)) return fail(`${day} is not a calendar day written YYYY-MM-DD`);
  }
  if (validity.validTo !== null && validity.validTo < validity.validFrom) {
    return fail(`--valid-to ${validity.validTo} is before --valid-from ${validity.validFrom}`);
  }

  const problems: LineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  const rows: UnitRow[] = [];
  const isWard = listKind !== 'provinces';
  const kinds: readonly string[] = isWard ? WARD_KINDS_OF[edition] : PROVINCE_KINDS;
  for (const { line, values } of table.rows) {
    const rowProblems: string[] = [];
    const code = values['code'] ?? '';
    if (!(isWard ? isWardCode(code) : isProvinceCode(code))) {
      rowProblems.push(`code "${code}" is not ${isWard ? 'five' : 'two'} digits${droppedZeros(code, isWard ? 5 : 2)}`);
    } else if (firstLineOf.has(code)) {
      rowProblems.push(`code ${code} is already on line ${firstLineOf.get(code)}`);
    } else {
      firstLineOf.set(code, line);
    }
    for (const [column, max] of Object.entries(MAX_LENGTH)) {
      const value = values[column] ?? '';
      if (value === '') rowProblems.push(`${column} is empty`);
      else if (value.length > max) rowProblems.push(`${column} is longer than ${max} characters`);
    }
    const unitKind = values['kind'] ?? '';
    if (!kinds.includes(unitKind)) rowProblems.push(`kind "${unitKind}" is not one of ${kinds.join(', ')}`);
    const provinceCode = isWard ? (values['province_code'] ?? '') : null;
    if (provinceCode !== null && !isProvinceCode(provinceCode)) {
      rowProblems.push(`province_code "${provinceCode}" is not two digits${droppedZeros(provinceCode, 2)}`);
    }
    if (listKind === 'wards-2024' && !/^\d{3}$/.test(values['district_code'] ?? '')) {
      rowProblems.push(`district_code "${values['district_code'] ?? ''}" is not three digits`);
    }
    const extra = Object.keys(values).filter((column) => column.startsWith('#'));
    if (extra.length > 0) rowProblems.push(`${extra.length} cell(s) more than the header has`);
    if (rowProblems.length > 0) {
      problems.push({ file, line, message: rowProblems.join('; ') });
      continue;
    }
    rows.push({
      line,
      code,
      name: values['name']!,
      fullName: values['full_name']!,
      nameEn: values['name_en']!,
      kind: unitKind as ProvinceKind | WardKind,
      provinceCode,
    });
  }
  if (table.rows.length === 0) problems.push({ file, line: 1, message: 'the file has no rows under its header' });
  return { list: { file, kind: listKind, edition, validity, rows }, problems };
}
