import { Cursor } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context.js';
import { isProvinceCode, todayInVietnam } from '@tripartite/shared';
import { assertPageArguments } from '../../db/cursor-page.js';
import { instant, jsonValue } from '../../db/plain-values.js';
import { selectsOnly, type AllowedFields, type Selection } from '../../graphql/selection.js';
import { assertId } from '../../validation.js';
import { GeographyService } from '../geography/geography.service.js';
import { Agreement } from './agreement.entity.js';
import type { AgreementFilter } from './agreements.inputs.js';
import {
  AGREEMENT_COLUMNS,
  allowed,
  asText,
  DATE_FIELDS,
  historyJson,
  PARTIES,
  SIGNATORY_FIELDS,
  signatoriesJson,
  STATUS_CHANGE_FIELDS,
  UNIT_COLUMNS,
  WARD_COLUMNS,
} from './plain-columns.js';
import { plainAgreementFromRow } from './ward-standing-rows.js';
import { preparedRows, type StatementValue } from '../../db/prepared-reads.js';

/*
 * A page of agreements (`Query.agreements`) as plain rows: one SQL statement returns the page's
 * agreements with exactly the selected columns, their ward and parties joined, signatories and
 * history aggregated as JSON, and the total count; no entities, no identity map, no loaders.
 * Measured with `pnpm bench --cpu-prof` (PostgreSQL, a page of 50 with parties, signatories and
 * history): the entity path sent 9 statements and spent most of its CPU in MikroORM's hydration
 * and the garbage it leaves; see bench/RESULTS.md. A page that asks for anything else
 * (capability fields, deeper relations) keeps the general path.
 */

const PLAIN_AGREEMENT_FIELDS: AllowedFields = {
  ...allowed(AGREEMENT_COLUMNS),
  inEffect: true,
  ward: allowed(WARD_COLUMNS),
  agency: allowed(UNIT_COLUMNS),
  postOffice: allowed(UNIT_COLUMNS),
  signatories: SIGNATORY_FIELDS,
  history: STATUS_CHANGE_FIELDS,
};
const PLAIN_PAGE_FIELDS: AllowedFields = {
  totalCount: true,
  pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: true, endCursor: true },
  edges: { cursor: true, node: PLAIN_AGREEMENT_FIELDS },
  nodes: PLAIN_AGREEMENT_FIELDS,
};

/** Whether a page's selection can be answered from plain rows. */
export function plainPageCanAnswer(selection: Selection | null): selection is Selection {
  return selection !== null && selectsOnly(selection, PLAIN_PAGE_FIELDS);
}

const ORDER_BY = { createdAt: 'desc', id: 'desc' } as const;

/**
 * The same answer as `AgreementsService.page` (newest first, MikroORM's cursors, the total over
 * all pages), from one statement; two when `after` is given and the total is asked for.
 */
export async function plainAgreementPage(
  /** `rows` reads the page; `em` (forked when first asked for) only reports a province that does not exist. */
  context: Pick<RequestContext, 'rows' | 'em'>,
  filter: AgreementFilter,
  first: number,
  after: string | null,
  selection: Selection,
) {
  assertPageArguments(first, after);
  const em = context.rows;
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  const today = todayInVietnam();
  const code = filter.provinceCode ?? null;
  // A malformed code is an input error whatever the page holds (provinceByCode says so).
  if (code !== null && !isProvinceCode(code))
    await new GeographyService(context.em).provinceByCode(code, today, 'filter.provinceCode');
  if (filter.agencyId != null) assertId(filter.agencyId, 'filter.agencyId');
  if (filter.postOfficeId != null) assertId(filter.postOfficeId, 'filter.postOfficeId');

  // What the filter keeps, as joins and conditions over `a` (also used by the count with a cursor).
  const filterJoins: string[] = [];
  const filterParams: StatementValue[] = [];
  const conditions: string[] = [];
  if (code !== null) {
    filterJoins.push(
      `join ward fw on fw.id = a.ward_id`,
      `join province p on p.id = fw.province_id and p.code = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)`,
    );
    filterParams.push(code, today, today);
  }
  if (filter.statuses != null) {
    conditions.push(
      filter.statuses.length > 0 ? `a.status in (${filter.statuses.map(() => '?').join(', ')})` : '1 = 0',
    );
    filterParams.push(...filter.statuses);
  }
  if (filter.agencyId != null) {
    conditions.push('a.agency_id = ?');
    filterParams.push(filter.agencyId);
  }
  if (filter.postOfficeId != null) {
    conditions.push('a.post_office_id = ?');
    filterParams.push(filter.postOfficeId);
  }

  const node = mergedNodeSelection(selection);
  const columns = ['a.id as a_id', 'a.created_at as a_created_at'];
  const agreementFields = new Set(['id', 'status', 'signedOn', 'effectiveFrom', 'effectiveTo', 'createdAt']);
  for (const field of node.fields.keys()) if (field in AGREEMENT_COLUMNS) agreementFields.add(field);
  for (const field of agreementFields) {
    if (field === 'id' || field === 'createdAt') continue;
    const column = `a.${AGREEMENT_COLUMNS[field]}`;
    columns.push(`${DATE_FIELDS.has(field) ? asText(column) : column} as a_${AGREEMENT_COLUMNS[field]}`);
  }
  const joins: string[] = [];
  const unitFields = new Map<string, string[]>();
  const wardSelection = node.fields.get('ward');
  if (wardSelection) {
    joins.push('join ward w on w.id = a.ward_id');
    const fields = selectedColumns(wardSelection, WARD_COLUMNS);
    unitFields.set('ward', fields);
    for (const field of fields)
      columns.push(`${selectColumn(`w.${WARD_COLUMNS[field]}`, field)} as w_${WARD_COLUMNS[field]}`);
  }
  for (const [party, table] of PARTIES) {
    const unit = node.fields.get(party);
    if (!unit) continue;
    joins.push(`join ${table} ${table} on ${table}.id = a.${table}_id`);
    const fields = selectedColumns(unit, UNIT_COLUMNS);
    unitFields.set(party, fields);
    // Aliases in snake case: PostgreSQL folds unquoted ones to lower case.
    for (const field of fields)
      columns.push(`${selectColumn(`${table}.${UNIT_COLUMNS[field]}`, field)} as ${table}_${UNIT_COLUMNS[field]}`);
  }
  if (node.fields.has('signatories')) columns.push(`${signatoriesJson(postgres, 'a.id')} as a_signatories`);
  if (node.fields.has('history')) columns.push(`${historyJson(postgres, 'a.id')} as a_history`);
  const wantsCount = selection.fields.has('totalCount');
  // Without a cursor the page's rows are all the filter keeps, so the window counts them.
  if (wantsCount && after === null) columns.push('count(*) over () as total_count');

  const pageConditions = [...conditions];
  const pageParams = [...filterParams];
  if (after !== null) {
    // MikroORM's own cursor condition for (createdAt desc, id desc): strictly after the cursor's row.
    const [createdAt, id] = Cursor.decode(after) as [string, string];
    const at = new Date(createdAt);
    const bound = postgres ? at.toISOString() : at.getTime();
    pageConditions.push('(a.created_at < ? or (a.created_at = ? and a.id < ?))');
    pageParams.push(bound, bound, id);
  }
  // One more row than asked for says whether a next page exists.
  pageParams.push(first + 1);
  const sql = `select ${columns.join(', ')}
from agreement a
${filterJoins.join('\n')}
${joins.join('\n')}
${pageConditions.length > 0 ? `where ${pageConditions.join(' and ')}` : ''}
order by a.created_at desc, a.id desc
limit ?`;
  const rows = await preparedRows(em, sql, pageParams);
  if (rows.length === 0 && code !== null) {
    // Nothing: perhaps there is no such province (NOT_FOUND), as the general path says first.
    await new GeographyService(context.em).provinceByCode(code, today, 'filter.provinceCode');
  }
  let totalCount = 0;
  if (wantsCount && after === null) totalCount = rows.length > 0 ? Number(rows[0]!['total_count']) : 0;
  else if (wantsCount) {
    const counted = await preparedRows<{ total: unknown }>(
      em,
      `select count(*) as total from agreement a ${filterJoins.join('\n')}
       ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}`,
      filterParams,
    );
    totalCount = Number(counted[0]!.total);
  }

  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first).map((row) => toPlainAgreement(row, agreementFields, unitFields));
  const meta = em.getMetadata().get(Agreement);
  const cursorOf = (agreement: Record<string, unknown>) =>
    Cursor.for(meta, { createdAt: agreement['createdAt'] as Date, id: agreement['id'] as string }, ORDER_BY);
  const edges = nodes.map((agreement) => ({ node: agreement, cursor: cursorOf(agreement) }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** `edges { node }` and `nodes` together: the fields asked of an agreement anywhere in the page. */
function mergedNodeSelection(selection: Selection): Selection {
  const merged: Selection = { hasArguments: false, fields: new Map() };
  const sources = [selection.fields.get('edges')?.fields.get('node'), selection.fields.get('nodes')];
  for (const source of sources) {
    for (const [name, field] of source?.fields ?? []) {
      const kept = merged.fields.get(name) ?? { hasArguments: false, fields: new Map() };
      for (const [sub, subField] of field.fields) kept.fields.set(sub, subField);
      merged.fields.set(name, kept);
    }
  }
  return merged;
}

/** The selected fields that are columns, or the id alone (a selection of only `__typename`). */
function selectedColumns(selection: Selection, columns: Record<string, string>): string[] {
  const fields = [...selection.fields.keys()].filter((field) => field in columns);
  return fields.length > 0 ? fields : ['id'];
}

function selectColumn(column: string, field: string): string {
  return DATE_FIELDS.has(field) ? asText(column) : column;
}

function toPlainAgreement(
  row: Record<string, unknown>,
  agreementFields: Set<string>,
  unitFields: Map<string, string[]>,
): Record<string, unknown> {
  const agreement: Record<string, unknown> = plainAgreementFromRow(row, agreementFields, unitFields);
  const wardFields = unitFields.get('ward');
  if (wardFields)
    agreement['ward'] = Object.fromEntries(wardFields.map((field) => [field, row[`w_${WARD_COLUMNS[field]}`] ?? null]));
  if ('a_history' in row) {
    agreement['history'] = jsonValue<Record<string, unknown>[]>(row['a_history']).map((change) => ({
      ...change,
      sequence: Number(change['sequence']),
      changedAt: instant(change['changedAt']),
    }));
  }
  return agreement;
}
