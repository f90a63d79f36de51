import type { EntityManager } from '@mikro-orm/sql';
import { isValidOn } from '../../../db/validity.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import { chunked, type LineProblem } from '../import-problems.js';
import type { UnitList, UnitRow, Validity } from './unit-list.js';

type UnitFields = { code: string; name: string; fullName: string; nameEn: string; kind: string };

/** A unit as the plan sees it: what is stored, or what a list in this load creates. */
type KnownUnit = UnitFields & Validity & { id: string; provinceId: string | null; origin: string };

/** One row's outcome: a new unit, changed fields of a stored one, or nothing to do. */
export type UnitChange = {
  level: 'province' | 'ward';
  action: 'create' | 'update' | 'unchanged';
  id: string;
  code: string;
  name: string;
  validity: Validity;
  /** For a new unit, every column; for an update, only what changes, with the stored value. */
  values: Record<string, string | null>;
  before: Record<string, string | null>;
};

export type UnitsPlan = { changes: UnitChange[]; problems: LineProblem[] };

const overlaps = (a: Validity, b: Validity) =>
  a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');

/** Units of one level by code, each code with all its periods. */
class UnitIndex {
  private readonly byCode = new Map<string, KnownUnit[]>();
  add(unit: KnownUnit): void {
    this.byCode.set(unit.code, [...(this.byCode.get(unit.code) ?? []), unit]);
  }
  on(code: string, day: string): KnownUnit | undefined {
    return this.byCode.get(code)?.find((unit) => isValidOn(unit, day));
  }
  overlapping(code: string, validity: Validity): KnownUnit | undefined {
    return this.byCode.get(code)?.find((unit) => overlaps(unit, validity));
  }
}

const COLUMNS = ['id', 'code', 'name', 'fullName', 'nameEn', 'kind', 'validFrom', 'validTo'] as const;

type StoredRow = Omit<KnownUnit, 'provinceId' | 'origin'> & { province?: string };

/**
 * Stored units as plain rows: hydrating ten thousand entities only to compare a few columns
 * would take longer than the load itself.
 */
async function storedUnits(em: EntityManager, level: 'province' | 'ward', codes?: string[]): Promise<KnownUnit[]> {
  const rows: StoredRow[] =
    level === 'province'
      ? await em
          .createQueryBuilder(Province)
          .select([...COLUMNS])
          .execute('all', true)
      : await em
          .createQueryBuilder(Ward)
          .select([...COLUMNS, 'province'])
          .where({ code: { $in: codes ?? [] } })
          .execute('all', true);
  return rows.map(({ province, ...row }) => ({
    ...row,
    validFrom: calendarDay(row.validFrom),
    validTo: row.validTo === null ? null : calendarDay(row.validTo),
    provinceId: province ?? null,
    origin: 'the database',
  }));
}

/** Raw rows may carry a date as a Date at local midnight, depending on the driver. */
function calendarDay(value: string | Date): string {
  if (!(value instanceof Date)) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** The day a list speaks for: its last day if it has ended, else its first. */
const referenceDay = (validity: Validity) => validity.validTo ?? validity.validFrom;

/**
 * Matches every row to the unit bearing its code on the list's reference day (a unit is its
 * code together with its period, never the code alone), and decides what to create or update.
 * Stored start days are kept, and a stored end day is never cleared: a later mapping may have
 * ended a unit that the list, which does not know its end, still shows.
 */
export async function planUnits(em: EntityManager, lists: UnitList[]): Promise<UnitsPlan> {
  const provinces = new UnitIndex();
  const wards = new UnitIndex();
  for (const province of await storedUnits(em, 'province')) provinces.add(province);
  const wardCodes = [
    ...new Set(lists.filter((list) => list.kind !== 'provinces').flatMap((l) => l.rows.map((r) => r.code))),
  ];
  for (const codes of chunked(wardCodes, 1000)) {
    for (const ward of await storedUnits(em, 'ward', codes)) wards.add(ward);
  }

  const changes: UnitChange[] = [];
  const problems: LineProblem[] = [];
  const claimed = new Map<string, string>();
  // Provinces first, so a commune list in the same load finds the provinces it names.
  const ordered = [...lists].sort((a, b) => Number(a.kind !== 'provinces') - Number(b.kind !== 'provinces'));
  for (const list of ordered) {
    const level = list.kind === 'provinces' ? 'province' : 'ward';
    const index = level === 'province' ? provinces : wards;
    const day = referenceDay(list.validity);
    for (const row of list.rows) {
      const where = `${list.file} line ${row.line}`;
      const problem = (message: string) => problems.push({ file: list.file, line: row.line, message });
      let provinceId: string | null = null;
      if (row.provinceCode !== null) {
        const province = provinces.on(row.provinceCode, day);
        if (!province) {
          problem(
            `province_code ${row.provinceCode} names no provincial unit in force on ${day}, in this load or the database`,
          );
          continue;
        }
        provinceId = province.id;
      }
      const stored = index.on(row.code, day);
      const key = `${level} ${stored?.id ?? `${row.code}@${day}`}`;
      if (claimed.has(key)) {
        problem(`${level} ${row.code} on ${day} is also given by ${claimed.get(key)}`);
        continue;
      }
      claimed.set(key, where);
      if (stored) {
        changes.push(compare(level, stored, row, provinceId, list.validity));
        continue;
      }
      const clash = index.overlapping(row.code, list.validity);
      if (clash) {
        problem(
          `code ${row.code} already names ${clash.name} from ${clash.validFrom} to ${clash.validTo ?? 'today'} (${clash.origin}), which overlaps ${list.validity.validFrom} – ${list.validity.validTo ?? 'open'}`,
        );
        continue;
      }
      const created = { ...fieldsOf(row), ...list.validity, id: crypto.randomUUID(), provinceId, origin: where };
      index.add(created);
      changes.push({
        level,
        action: 'create',
        id: created.id,
        code: row.code,
        name: row.name,
        validity: list.validity,
        values: { ...fieldsOf(row), ...list.validity, ...(level === 'ward' ? { province: provinceId } : {}) },
        before: {},
      });
    }
  }
  return { changes, problems };
}

function fieldsOf(row: UnitRow): UnitFields {
  return { code: row.code, name: row.name, fullName: row.fullName, nameEn: row.nameEn, kind: row.kind };
}

function compare(
  level: 'province' | 'ward',
  stored: KnownUnit,
  row: UnitRow,
  provinceId: string | null,
  validity: Validity,
): UnitChange {
  const wanted: Record<string, string | null> = {
    name: row.name,
    fullName: row.fullName,
    nameEn: row.nameEn,
    kind: row.kind,
  };
  if (level === 'ward') wanted['province'] = provinceId;
  if (validity.validTo !== null) wanted['validTo'] = validity.validTo;
  const current: Record<string, string | null> = { ...stored, province: stored.provinceId };
  const values: Record<string, string | null> = {};
  const before: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(wanted)) {
    if (current[field] !== value) {
      values[field] = value;
      before[field] = current[field] ?? null;
    }
  }
  const action = Object.keys(values).length > 0 ? 'update' : 'unchanged';
  const storedValidity = { validFrom: stored.validFrom, validTo: stored.validTo };
  return { level, action, id: stored.id, code: row.code, name: row.name, validity: storedValidity, values, before };
}
