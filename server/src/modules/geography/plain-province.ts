import { todayInVietnam } from '@tripartite/shared';
import type { PlainRowReader } from '../../graphql/request-context.js';
import type { Selection } from '../../graphql/selection.js';
import { assertProvinceCode, noProvince } from './geography.service.js';
import type { Province } from './province.entity.js';
import { ADMINISTRATIVE_UNIT_COLUMNS } from './unit-columns.js';
import { preparedRows } from '../../db/prepared-reads.js';

/**
 * `Query.province` as one plain row instead of an entity, when nothing asked of it needs one.
 * Profiled on the director's dashboard (PostgreSQL, Ho Chi Minh City, bench/RESULTS.md issue 19):
 * `em.findOne` for the province (building the query, hydrating, the identity map) was about a
 * tenth of the request's CPU, for a row of eight columns.
 */

/** The province's columns, which a plain row answers as they are. */
const COLUMNS = ADMINISTRATIVE_UNIT_COLUMNS;

export type PlainProvince = Pick<Province, keyof typeof COLUMNS>;

/**
 * When a field another module adds to `Province` needs of its root only its columns (its id,
 * code and days of validity), for a province in force today. `true`: with any arguments;
 * `'without arguments'`: only without (with some, such as `asOf`, the field takes a path that
 * reads entities); a function: when it says so of what the query asks of the field.
 */
export type PlainProvinceRule = true | 'without arguments' | ((field: Selection) => boolean);

/** Registered by the modules that add the fields: `geography/` does not know them. */
const plainRootFields = new Map<string, PlainProvinceRule>();

export function answerableFromPlainProvince(field: string, rule: PlainProvinceRule): void {
  plainRootFields.set(field, rule);
}

function ruleAllows(rule: PlainProvinceRule | undefined, field: Selection): boolean {
  if (rule === undefined) return false;
  if (rule === true) return true;
  if (rule === 'without arguments') return !field.hasArguments;
  return rule(field);
}

/** Whether every field asked of the province can be answered with a plain row as its root. */
export function plainProvinceCanAnswer(selection: Selection | null): boolean {
  if (selection === null) return false;
  for (const [name, field] of selection.fields) {
    if (name === '__typename') continue;
    if (name in COLUMNS) {
      if (field.hasArguments) return false;
      continue;
    }
    if (!ruleAllows(plainRootFields.get(name), field)) return false;
  }
  return true;
}

const SQL = `select id, code, name, full_name, name_en, kind, cast(valid_from as text) as valid_from,
  cast(valid_to as text) as valid_to
from province where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) limit 1`;

/** The province that bore `code` on `asOf`, as a plain row: `GeographyService.provinceByCode` without the entity. */
export async function plainProvinceByCode(
  rows: PlainRowReader,
  code: string,
  asOf: string = todayInVietnam(),
): Promise<PlainProvince> {
  assertProvinceCode(code, 'code');
  const [row] = await preparedRows(rows, SQL, [code, asOf, asOf]);
  if (!row) throw noProvince(code, asOf);
  return {
    id: String(row['id']),
    code: String(row['code']),
    name: String(row['name']),
    fullName: String(row['full_name']),
    nameEn: String(row['name_en']),
    kind: row['kind'] as Province['kind'],
    validFrom: String(row['valid_from']),
    validTo: row['valid_to'] == null ? null : String(row['valid_to']),
  };
}
