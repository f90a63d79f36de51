import { basename } from 'node:path';
import { isWardCode } from '@tripartite/shared';
import type { Table } from '../files/read-table.js';
import type { LineProblem } from '../import-problems.js';

/**
 * One row of `communes-2025-seats.csv`: where a unit's People's Committee sits, its area and
 * its population as published (blank where the source said "being updated").
 */
export type SeatRow = {
  line: number;
  code: string;
  latitude: number;
  longitude: number;
  areaKm2: number | null;
  population: number | null;
};

export const SEAT_COLUMNS = ['code', 'latitude', 'longitude', 'area_km2', 'population'] as const;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/** Checks every row on its own (codes are matched to units later); every problem with its line. */
export function readSeatList(filePath: string, table: Table): { rows: SeatRow[]; problems: LineProblem[] } {
  const file = basename(filePath);
  const missing = SEAT_COLUMNS.filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    const message = `the header lacks ${missing.join(', ')}: expected ${SEAT_COLUMNS.join(',')}`;
    return { rows: [], problems: [{ file, line: 1, message }] };
  }
  const rows: SeatRow[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const found: string[] = [];
    const code = values['code'] ?? '';
    const cell = (column: string) => values[column] ?? '';
    if (!isWardCode(code)) found.push(`code "${code}" is not five digits`);
    else if (seen.has(code)) found.push(`code ${code} is already on line ${seen.get(code)}`);
    const latitude = degrees(cell('latitude'), 90, 'latitude', found);
    const longitude = degrees(cell('longitude'), 180, 'longitude', found);
    let areaKm2: number | null = null;
    if (cell('area_km2') !== '') {
      areaKm2 = DECIMAL.test(cell('area_km2')) ? Number(cell('area_km2')) : Number.NaN;
      if (!(areaKm2 >= 0)) found.push(`area_km2 "${cell('area_km2')}" is not a positive number of square kilometres`);
      // The 2025 publication gives 0.0 for two units whose area it did not know: no unit has none.
      if (areaKm2 === 0) areaKm2 = null;
    }
    let population: number | null = null;
    if (cell('population') !== '') {
      population = WHOLE.test(cell('population')) ? Number(cell('population')) : Number.NaN;
      if (!Number.isSafeInteger(population) || population > 2_000_000_000) {
        found.push(
          `population "${cell('population')}" is not a whole number of inhabitants (leave it blank when unknown)`,
        );
      }
    }
    if (Object.keys(values).some((column) => column.startsWith('#'))) found.push('more cells than the header has');
    if (found.length > 0) {
      problems.push({ file, line, message: found.join('; ') });
      continue;
    }
    seen.set(code, line);
    rows.push({ line, code, latitude: latitude!, longitude: longitude!, areaKm2, population });
  }
  if (table.rows.length === 0) problems.push({ file, line: 1, message: 'the file has no rows under its header' });
  return { rows, problems };
}

function degrees(text: string, limit: number, column: string, found: string[]): number | null {
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(value) || Math.abs(value) > limit) {
    found.push(`${column} "${text}" is not a number of degrees between -${limit} and ${limit}`);
    return null;
  }
  return value;
}
