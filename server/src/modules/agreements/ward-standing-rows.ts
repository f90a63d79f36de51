import type { PlainRowReader } from '../../graphql/request-context.js';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import {
  wardSigningStatus,
  wardSigningStatusAfterMergers,
  type AgreementStatus,
  type WardSigningStatus,
} from '@tripartite/shared';
import { instant, jsonValue, truthy } from '../../db/plain-values.js';
import { selectsOnly, type AllowedFields, type Selection } from '../../graphql/selection.js';
import { sortByVietnameseName } from '../geography/vietnamese-name-order.js';
import type { SignatoryRow, StatusChangeRow } from './agreements.service.js';
import {
  AGREEMENT_COLUMNS,
  allowed,
  asText,
  DATE_FIELDS,
  INSTANT_FIELDS,
  PARTIES,
  PLAIN_STANDING,
  SIGNATORY_FIELDS,
  signatoriesJson,
  UNIT_COLUMNS,
  WARD_COLUMNS,
} from './plain-columns.js';
import { preparedRows, type StatementValue } from '../../db/prepared-reads.js';

/*
 * The hot reads (the headline query, the dashboard's lacking wards and signing progress) as plain
 * rows, in one SQL statement that returns exactly the columns the query selects: no entity
 * hydration, no identity map, no per-field loaders. Measured with `pnpm bench --cpu-prof` on
 * PostgreSQL (headline, 16 connections): MikroORM's hydration and unit of work were the largest
 * share of the server's CPU; see bench/RESULTS.md. Queries that ask for anything else (capability
 * fields, a past day, deeper relations) keep the general, batched path.
 */

/** What a ward selection may ask for to be answered from plain rows. */
export const PLAIN_WARD_FIELDS: AllowedFields = {
  ...allowed(WARD_COLUMNS),
  signingStatus: true,
  currentAgreement: {
    ...allowed(AGREEMENT_COLUMNS),
    agency: allowed(UNIT_COLUMNS),
    postOffice: allowed(UNIT_COLUMNS),
    signatories: SIGNATORY_FIELDS,
  },
};

export { PLAIN_STANDING };

/** A ward's current agreement as a plain row: the selected columns, its parties, its signatories. */
export type PlainAgreement = {
  [PLAIN_STANDING]: true;
  id: string;
  status: AgreementStatus;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  agency?: Record<string, unknown>;
  postOffice?: Record<string, unknown>;
  signatories?: SignatoryRow[];
  /** On a page's rows only (agreement-page-rows.ts). */
  ward?: Record<string, unknown>;
  history?: StatusChangeRow[];
} & Record<string, unknown>;

/** A ward as a plain row, with where it stands today already worked out. */
export type PlainWard = {
  id: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  [PLAIN_STANDING]: { status: WardSigningStatus; current: PlainAgreement | null; provinceId: string };
} & Record<string, unknown>;

export function isPlainAgreement(agreement: object): agreement is PlainAgreement {
  return PLAIN_STANDING in agreement;
}
export function isPlainWard(ward: object): ward is PlainWard {
  return PLAIN_STANDING in ward;
}

/** Only what signing progress needs: each ward's status. */
export const STATUS_ONLY: Selection = {
  hasArguments: false,
  fields: new Map([['signingStatus', { hasArguments: false, fields: new Map() }]]),
};

/** Whether a ward selection can be answered from plain rows. */
export function plainWardsCanAnswer(selection: Selection | null): selection is Selection {
  return selection !== null && selectsOnly(selection, PLAIN_WARD_FIELDS);
}

const IN_FORCE = (alias: string) =>
  `${alias}.valid_from <= ? and (${alias}.valid_to is null or ${alias}.valid_to >= ?)`;
const SIGNED_IN_EFFECT = (alias: string) =>
  `${alias}.status = 'SIGNED' and ${alias}.effective_from <= ? and (${alias}.effective_to is null or ${alias}.effective_to >= ?)`;

/**
 * The wards of a province in force on `day` (today; past days keep the general path), each with
 * its current agreement (the signed one in effect, else the newest) and its signing status, in
 * Vietnamese name order. `onlyLacking`: only wards without a signed agreement in effect.
 * One statement; an empty list when the province has no such ward or does not exist (the caller
 * tells those apart).
 */
export async function plainWardStandings(
  em: PlainRowReader,
  options: {
    /**
     * The province by its code (the headline's argument), by its id (a province already read), or
     * several by their ids (`Province.wards` of a list of provinces, batched).
     */
    province: { code: string } | { id: string } | { ids: readonly string[] };
    day: string;
    onlyLacking: boolean;
    selection: Selection;
  },
): Promise<PlainWard[]> {
  const { day, selection } = options;
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  const text = asText;
  const params: StatementValue[] = [];
  const columns: string[] = [
    'w.id as w_id',
    'w.name as w_name',
    'w.province_id as w_province_id',
    `${text('w.valid_from')} as w_valid_from`,
  ];
  columns.push(`${text('w.valid_to')} as w_valid_to`);
  const wardFields = [...selection.fields.keys()].filter((field) => field in WARD_COLUMNS);
  for (const field of wardFields) {
    if (['id', 'name', 'validFrom', 'validTo'].includes(field)) continue;
    columns.push(`w.${WARD_COLUMNS[field]} as w_${WARD_COLUMNS[field]}`);
  }

  const agreementSelection = selection.fields.get('currentAgreement');
  const agreementFields = new Set(['id', 'status', 'signedOn', 'effectiveFrom', 'effectiveTo']);
  for (const field of agreementSelection?.fields.keys() ?? [])
    if (field in AGREEMENT_COLUMNS) agreementFields.add(field);
  for (const field of agreementFields) {
    const column = `a.${AGREEMENT_COLUMNS[field]}`;
    columns.push(`${DATE_FIELDS.has(field) ? text(column) : column} as a_${AGREEMENT_COLUMNS[field]}`);
  }
  const joins: string[] = [];
  const partyFields = new Map<string, string[]>();
  for (const [party, table] of PARTIES) {
    const unit = agreementSelection?.fields.get(party);
    if (!unit) continue;
    joins.push(`left join ${table} ${table} on ${table}.id = a.${table}_id`);
    const selected = [...unit.fields.keys()].filter((field) => field in UNIT_COLUMNS);
    // A party selected with only `__typename` still reads its id.
    const fields = selected.length > 0 ? selected : ['id'];
    partyFields.set(party, fields);
    for (const field of fields) {
      const column = `${table}.${UNIT_COLUMNS[field]}`;
      // Aliases in snake case: PostgreSQL folds unquoted ones to lower case.
      columns.push(`${DATE_FIELDS.has(field) ? text(column) : column} as ${table}_${UNIT_COLUMNS[field]}`);
    }
  }
  if (agreementSelection?.fields.has('signatories'))
    columns.push(`${signatoriesJson(postgres, 'a.id')} as a_signatories`);
  const needsStatus = selection.fields.has('signingStatus');
  if (needsStatus) {
    // For NEEDS_RESIGNING: whether the ward signed one of its own by the day, and whether a unit
    // merged into it signed one while it existed (see signedWhileUnitExisted). Each as "the first
    // such row, if any" rather than `exists (…)`: in the select list PostgreSQL may answer an
    // `exists` by hashing the whole country's agreements (or successions) once per request, a
    // fixed cost that a province of 10 wards paid as much as one of 10,000 (EXPLAIN ANALYZE on the
    // bench's data: 5.2 → 2.6 ms for 10 wards among 3,820 agreements). `limit 1` cannot be hashed:
    // each ward looks its own up through the agreements' ward index.
    columns.push(
      `(select 1 from agreement o where o.ward_id = w.id and o.signed_on <= ? limit 1) is not null as signed_own`,
    );
    columns.push(
      `(select 1 from ward_succession ws join ward pw on pw.id = ws.predecessor_id
        join agreement pa on pa.ward_id = pw.id
        where ws.successor_id = w.id and pa.signed_on <= ? and (pw.valid_to is null or pa.signed_on <= pw.valid_to)
        limit 1) is not null as predecessor_signed`,
    );
    params.push(day, day);
  }

  // The current agreement: signed and in effect first, then the newest. PostgreSQL reads it
  // through the ward's index with a lateral subquery; SQLite has no LATERAL and does well with
  // the correlated form (the bench floor's measurements).
  const order = `case when ${SIGNED_IN_EFFECT('x')} then 0 else 1 end, x.created_at desc, x.id desc`;
  const current = postgres
    ? `left join lateral (select x.* from agreement x where x.ward_id = w.id order by ${order} limit 1) a on true`
    : `left join agreement a on a.id = (select x.id from agreement x where x.ward_id = w.id order by ${order} limit 1)`;
  const lacking = options.onlyLacking
    ? `and not exists (select 1 from agreement s where s.ward_id = w.id and ${SIGNED_IN_EFFECT('s')})`
    : '';
  // In the order the placeholders appear: the province's, the current agreement's, the wards', the filter's.
  const { province } = options;
  const which =
    'code' in province
      ? { condition: 'p.code = ?', values: [province.code] }
      : 'id' in province
        ? { condition: 'p.id = ?', values: [province.id] }
        : { condition: `p.id in (${province.ids.map(() => '?').join(', ') || 'null'})`, values: province.ids };
  params.push(...which.values, day, day, day, day, day, day);
  if (options.onlyLacking) params.push(day, day);
  const sql = `select ${columns.join(', ')}
from ward w
join province p on p.id = w.province_id and ${which.condition} and ${IN_FORCE('p')}
${current}
${joins.join('\n')}
where ${IN_FORCE('w')} ${lacking}`;
  const rows: Record<string, unknown>[] = await preparedRows(em, sql, params);
  return sortByVietnameseName(rows.map((row) => toPlainWard(row, wardFields, agreementFields, partyFields, day)));
}

function toPlainWard(
  row: Record<string, unknown>,
  wardFields: string[],
  agreementFields: Set<string>,
  partyFields: Map<string, string[]>,
  day: string,
): PlainWard {
  const ward: Record<string, unknown> = {};
  for (const field of wardFields) ward[field] = row[`w_${WARD_COLUMNS[field]}`];
  ward['id'] = row['w_id'];
  ward['name'] = row['w_name'];
  ward['validFrom'] = row['w_valid_from'];
  ward['validTo'] = row['w_valid_to'] ?? null;
  let current: PlainAgreement | null = null;
  if (row['a_id'] != null) current = plainAgreementFromRow(row, agreementFields, partyFields);
  // Without `signingStatus` selected the merger facts are not read, and the status is not shown.
  const status = wardSigningStatusAfterMergers(wardSigningStatus(current, day), {
    signedOwnAgreement: truthy(row['signed_own']),
    predecessorSignedAgreements: truthy(row['predecessor_signed']) ? 1 : 0,
  });
  const provinceId = String(row['w_province_id']);
  return { ...ward, [PLAIN_STANDING]: { status, current, provinceId } } as PlainWard;
}

/**
 * An agreement from a row of a plain read: its selected columns (aliased `a_<column>`), the
 * parties asked for with their fields (aliased `<table>_<column>`), and its signatories when read.
 * The ward standings and the agreement pages both build their agreements here.
 */
export function plainAgreementFromRow(
  row: Record<string, unknown>,
  agreementFields: Set<string>,
  partyFields: Map<string, string[]>,
): PlainAgreement {
  const agreement: Record<string, unknown> = { [PLAIN_STANDING]: true };
  for (const field of agreementFields) {
    const value = row[`a_${AGREEMENT_COLUMNS[field]}`];
    agreement[field] = INSTANT_FIELDS.has(field)
      ? instant(value)
      : field === 'version'
        ? Number(value)
        : (value ?? null);
  }
  for (const [party, table] of PARTIES) {
    const fields = partyFields.get(party);
    if (fields)
      agreement[party] = Object.fromEntries(
        fields.map((field) => [field, row[`${table}_${UNIT_COLUMNS[field]}`] ?? null]),
      );
  }
  if ('a_signatories' in row) agreement['signatories'] = jsonValue(row['a_signatories']);
  return agreement as PlainAgreement;
}
