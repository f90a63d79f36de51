import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../graphql/build-schema.js';
import { createMergedProvinceAtScale } from '../test-support/merged-units.js';
import { createSyntheticProvince } from '../test-support/synthetic-province.js';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { estimateRows } from './query-cost.js';
import { DEFAULT_QUERY_LIMITS } from './query-limits.js';

/** The query of issue 19 that stalled the server: 30 aliases of a province's wards with their standing. */
const THIRTY_ALIASES = `{ ${Array.from(
  { length: 30 },
  (_, index) => `a${index}: province(code: "79") { wards { code name signingStatus currentAgreement { status } } }`,
).join(' ')} }`;

/** A spread of reads: plain lists, computed per-ward fields, past days, merges, figures, pages, exports. */
const QUERIES: [string, string][] = [
  ['30 aliases of wards with their standing', THIRTY_ALIASES],
  [
    'the headline query',
    `{ wardsLackingSignedAgreement(provinceCode: "79") { code name signingStatus
      currentAgreement { status agency { name } postOffice { name } signatories { name } } } }`,
  ],
  [
    'the dashboard',
    `{ province(code: "79") { name signingProgress { signed drafting notStarted } targets(year: 2024) { achievedParticipants }
      viewerCanSetTargets viewerCanRecordFigures participationTotals(year: 2024) { participants } } }`,
  ],
  [
    'a province’s wards on a past day, filtered by status',
    `{ province(code: "79") { signingProgress(asOf: "2026-01-01") { signed }
      wards(asOf: "2026-01-01", signingStatus: [DRAFTING, AWAITING_SIGNATURES, SIGNED, NOT_STARTED]) {
        code signingStatus(asOf: "2026-01-01") currentAgreement(asOf: "2026-01-01") { status history { toStatus } } } } }`,
  ],
  [
    'merged wards: the worklist with predecessors’ agreements',
    `{ resigningWorklist(provinceCode: "97") { code signingStatus viewerCanStartAgreement inViewerAgreementScope
      predecessorAgreements { ward { code } signatories { name } } } }`,
  ],
  [
    'merged wards: figures and targets through merges',
    `{ province(code: "97") { wards { participationTotals(year: 2025) { participants } targets(year: 2025) { scheme }
      predecessors { code } servingAgency { name } servingPostOffice { name } } } }`,
  ],
  [
    'a synthetic province of 300 wards',
    `{ province(code: "90") { signingProgress { signed } wards { code signingStatus
      currentAgreement { status history { toStatus } signatories { name } viewerNextStatuses viewerCanChange } } } }`,
  ],
  [
    'a page of 50 agreements',
    `{ agreements(first: 50, filter: { provinceCode: "79" }) { totalCount
      nodes { status ward { code province { code } } agency { name } postOffice { name } signatories { name } history { sequence } } } }`,
  ],
  ['every province’s wards', '{ provinces { code wards { code } } }'],
  ['the agreements export', '{ agreementStatusesCsv(provinceCode: "79") }'],
  ['the figures export', '{ participationFiguresCsv(provinceCode: "79") }'],
  [
    'campaigns',
    '{ campaigns { results { participants province { code } } resultsByCurrentProvince { participants figures { participants } } } }',
  ],
];

/** Rows the statements returned, from the ORM's query log (`[took 2 ms, 168 results]`). */
function rowsRead(statements: readonly string[]): number {
  return statements
    .filter((statement) => /^\s*(select|with)\b/i.test(statement.replace(/^\[query\]\s*/, '')))
    .reduce((sum, statement) => {
      const results = /(\d+) results?\]/.exec(statement);
      // A single-row read (`get`) is logged without a count.
      return sum + (results ? Number(results[1]) : 1);
    }, 0);
}

describe.each(testDialects)('the cost estimate bounds the rows a query reads, on %s', (dialect) => {
  let api: TestServer;
  let schema: GraphQLSchema;
  const statements: string[] = [];

  beforeAll(async () => {
    // Limits out of the way, so that queries the defaults refuse can be run and measured.
    api = await startTestServer(dialect, {
      statementSink: (statement) => statements.push(statement),
      guards: { limits: { ...DEFAULT_QUERY_LIMITS, maxAliases: 100, maxCost: 1e9, costlyQueryCost: 1e9 } },
    });
    schema = await buildApiSchema();
    const em = api.database.orm.em.fork();
    await createSyntheticProvince(em, { code: '90', wardCount: 300 });
    await createMergedProvinceAtScale(em, { current: '97', old: ['98', '99'] }, 120);
  }, 180_000);
  afterAll(async () => {
    await api.close();
  });

  async function rowsOf(query: string): Promise<number> {
    statements.length = 0;
    const result = await api.graphql(query);
    expect(result.errors).toBeUndefined();
    return rowsRead(statements);
  }

  it.each(QUERIES)('%s: estimated at or above the rows it reads', async (_name, query) => {
    // Who asks (the API token and its account) is read for every request, whatever it asks.
    const perRequest = await rowsOf('{ __typename }');
    const read = (await rowsOf(query)) - perRequest;
    const estimate = estimateRows(schema, parse(query), {});
    expect(read).toBeGreaterThan(0);
    expect(estimate).toBeGreaterThanOrEqual(read);
  });

  it('counts every select’s rows from the log (so the check above can fail)', async () => {
    const read = await rowsOf('{ province(code: "79") { wards { code } } }');
    const perRequest = await rowsOf('{ __typename }');
    // The province and its 168 wards of the demo data.
    expect(read - perRequest).toBe(169);
  });
});

describe('the cost limit by default', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses the 30 aliases before running them, with their estimated rows', async () => {
    const started = performance.now();
    const result = await api.graphql(THIRTY_ALIASES);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    const found = Number(/found (\d+)/.exec(result.errors![0]!.message)?.[1]);
    expect(found).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    // Each alias: 600 wards, each with its standing priced twice (signingStatus, currentAgreement).
    expect(found).toBe(30 * (2 + 600 * (1 + 29 + 1 + 29)));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('accepts one alias of it', async () => {
    const result = await api.graphql(
      '{ province(code: "79") { wards { code name signingStatus currentAgreement { status } } } }',
    );
    expect(result.errors).toBeUndefined();
  });

  it('answers the standard introspection query of graphql-js, priced by the schema’s own size', async () => {
    const result = await api.graphql<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.map((type) => type.name)).toContain('Ward');
  });

  it('still refuses introspection aliased to blow up', async () => {
    // graphql-js itself refuses nesting `fields { type { fields …` deeper than three.
    const aliased = `{ ${Array.from({ length: 10 }, (_, index) => `s${index}: __schema { types { fields { type { fields { name } } } } }`).join(' ')} }`;
    const result = await api.graphql(aliased);
    expect(result.errors?.[0]?.message).toMatch(/^Query cost limit of 250000 exceeded, found \d{6,}/);
    expect(result.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
  });
});
