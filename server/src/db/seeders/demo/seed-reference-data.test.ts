import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HO_CHI_MINH_CITY_WARDS } from './ho-chi-minh-city-wards.data.js';
import { PROVINCES_2008_TO_2025, PROVINCES_SINCE_2025 } from './provinces.data.js';

/**
 * The demo seed is the project's own module of public facts; this checks it, entry by entry,
 * against the reference lists handed to the team (`../shared/data/vn-admin/` beside the
 * project, or VN_ADMIN_DATA_DIR, which `.ci/run` sets when it finds them). Without those lists
 * the checks are reported as skipped, never as passed.
 */
const referenceDir =
  process.env['VN_ADMIN_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../../shared/data/vn-admin');
const haveReference = existsSync(join(referenceDir, 'communes-2025.csv'));

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(referenceDir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const columns = header!.split(',');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])));
}

if (!haveReference) {
  console.warn(`Reference lists not found in ${referenceDir}: the seed checks are skipped (set VN_ADMIN_DATA_DIR).`);
}

describe.skipIf(!haveReference)('the demo seed agrees with the official lists', () => {
  it("has every one of Ho Chi Minh City's units with its official code, name and kind, and no others", () => {
    const official = readCsv('communes-2025.csv')
      .filter((row) => row['province_code'] === '79')
      .map((row) => [row['code'], row['name'], row['kind']]);
    expect(official).toHaveLength(168);
    expect(HO_CHI_MINH_CITY_WARDS.map((ward) => [...ward])).toEqual(official);
  });

  it('has the 34 provincial units of today with their official codes, names and kinds', () => {
    const official = readCsv('provinces-2025.csv').map((row) => ({
      code: row['code'],
      name: row['name'],
      nameEn: row['name_en'],
      kind: row['kind'],
    }));
    expect(PROVINCES_SINCE_2025).toEqual(official);
  });

  it('has the 63 units before the reorganisation, each pointing to the unit it joined', () => {
    const successors = new Map(readCsv('provinces-mapping-2025.csv').map((row) => [row['old_code'], row['new_code']]));
    const official = readCsv('provinces-2024.csv').map((row) => ({
      code: row['code'],
      name: row['name'],
      nameEn: row['name_en'],
      kind: row['kind'],
      successorCode: successors.get(row['code']!),
    }));
    expect(PROVINCES_2008_TO_2025).toEqual(official);
  });
});
