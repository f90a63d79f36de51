import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vietnam's official lists of 2025, read from `../shared/data/vn-admin` (or VN_ADMIN_DATA_DIR). */
export type ProvinceRow = { code: string; name: string; fullName: string; nameEn: string; kind: 'CITY' | 'PROVINCE' };
export type CommuneRow = {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  kind: 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE';
  provinceCode: string;
};

const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export function referenceDataDir(): string {
  const candidates = [process.env['VN_ADMIN_DATA_DIR'], resolve(REPOSITORY_ROOT, '..', 'shared', 'data', 'vn-admin')];
  for (const dir of candidates) {
    if (dir && existsSync(resolve(dir, 'communes-2025.csv'))) return dir;
  }
  throw new Error(
    'The official unit lists were not found: put them in ../shared/data/vn-admin beside the repository or set VN_ADMIN_DATA_DIR.',
  );
}

function readCsv(file: string): string[][] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  // The lists hold no quoted fields (checked: no `"` in them), so a plain split is exact.
  return lines.slice(1).map((line) => line.split(','));
}

export function readReferenceLists(dir = referenceDataDir()): { provinces: ProvinceRow[]; communes: CommuneRow[] } {
  const provinces = readCsv(resolve(dir, 'provinces-2025.csv')).map(([code, name, fullName, nameEn, kind]) => ({
    code: code!,
    name: name!,
    fullName: fullName!,
    nameEn: nameEn!,
    kind: kind as ProvinceRow['kind'],
  }));
  const communes = readCsv(resolve(dir, 'communes-2025.csv')).map(
    ([code, name, fullName, nameEn, kind, provinceCode]) => ({
      code: code!,
      name: name!,
      fullName: fullName!,
      nameEn: nameEn!,
      kind: kind as CommuneRow['kind'],
      provinceCode: provinceCode!,
    }),
  );
  return { provinces, communes };
}
