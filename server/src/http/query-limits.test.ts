import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DefinitionNode, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from '../test-support/test-server.js';
import { DEFAULT_QUERY_LIMITS } from './query-limits.js';

type AgreementIds = { agreements: { nodes: { id: string }[] } };

type Answer = { status: number; body: GraphQLResponse };

/** Over HTTP, as a client sends it, keeping the status (limits answer 400 before running). */
async function post(api: TestServer, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.admin.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

function repeat(count: number, part: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => part(index)).join(' ');
}

/** 12 levels: a ward's province's wards' province … */
const DEEP = `{ ward(code: "26743") { province { wards { province { wards { province { wards {
  province { wards { province { wards { code } } } } } } } } } } } }`;
const MANY_ALIASES = `{ ${repeat(40, (i) => `p${i}: province(code: "79") { code }`)} }`;
const THOUSANDS_OF_ALIASES = `{ ${repeat(5_000, (i) => `a${i}: __typename`)} }`;
const MANY_TOKENS = `{ provinces { ${repeat(1_500, () => 'code')} } }`;
/** Every ward of every province, each with its agreements' history and signatories. */
const COSTLY = '{ provinces { wards { agreements { history { changedBy } signatories { name } } } } }';
/** Few tokens, but each fragment spreads the one below five times: 5⁸ selections. */
const FRAGMENT_BOMB = [
  '{ provinces { ...F8 } }',
  'fragment F0 on Province { code }',
  ...Array.from(
    { length: 8 },
    (_, level) => `fragment F${level + 1} on Province { ${repeat(5, () => `...F${level}`)} }`,
  ),
].join('\n');

describe('query limits', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('rejects deep nesting, naming the limit and the depth found', async () => {
    const { status, body } = await post(api, DEEP);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe(`Query depth limit of ${DEFAULT_QUERY_LIMITS.maxDepth} exceeded, found 12.`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
  });

  it('rejects too many aliases, and thousands of them already while parsing', async () => {
    const many = await post(api, MANY_ALIASES);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.message).toBe(
      `Aliases limit of ${DEFAULT_QUERY_LIMITS.maxAliases} exceeded, found 40.`,
    );
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });

    const thousands = await post(api, THOUSANDS_OF_ALIASES);
    expect(thousands.status).toBe(400);
    expect(thousands.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens' });
  });

  it('rejects a document with too many tokens, in words rather than as a syntax error', async () => {
    const { status, body } = await post(api, MANY_TOKENS);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`^Query token limit of ${DEFAULT_QUERY_LIMITS.maxTokens} `));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens' });
  });

  it('rejects a huge page size, whether written in the query or passed as a variable', async () => {
    const written = await post(api, '{ agreements(first: 100000) { totalCount } }');
    expect(written.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(written.body.errors?.[0]?.message).toMatch(/100\b/);
    const passed = await post(api, 'query ($n: Int!) { agreements(first: $n) { totalCount } }', { n: 5_000 });
    expect(passed.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects a query whose lists multiply into too many objects, with the estimated cost', async () => {
    const { status, body } = await post(api, COSTLY);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`^Query cost limit of ${DEFAULT_QUERY_LIMITS.maxCost} exceeded, found \\d{7,}`),
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
  });

  it('rejects fragments that multiply selections before measuring them further', async () => {
    const { status, body } = await post(api, FRAGMENT_BOMB);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/recursively requests too many selections/);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers a normal query correctly while 50 abusive requests are in flight', async () => {
    const abusive = [DEEP, MANY_ALIASES, THOUSANDS_OF_ALIASES, MANY_TOKENS, COSTLY, FRAGMENT_BOMB];
    const flood = Array.from({ length: 50 }, (_, index) => post(api, abusive[index % abusive.length]!));
    const started = performance.now();
    const normal = await post(api, '{ wardsLackingSignedAgreement(provinceCode: "79") { code } }');
    const elapsed = performance.now() - started;
    expect(normal.body.errors).toBeUndefined();
    expect((normal.body.data?.['wardsLackingSignedAgreement'] as unknown[]).length).toBe(12);
    // Refused before execution, the 50 cost next to nothing: executed, the costly ones alone would
    // take minutes. The bound leaves room for a loaded machine (5.5 s seen at load 25).
    expect(elapsed).toBeLessThan(15_000);
    const answers = await Promise.all(flood);
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(400));
  });
});

describe('the cost limit', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer('sqlite', { guards: { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 700 } } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts a page by the `first` it asks for, from a variable too', async () => {
    const query = `query ($n: Int!) {
      agreements(first: $n) { nodes { ward { code } agency { name } postOffice { name } history { sequence } } }
    }`;
    // Per item of the page: the page itself, the agreement, 3 parties and up to 20 status changes.
    expect((await post(api, query, { n: 10 })).body.errors).toBeUndefined();
    const tooMany = await post(api, query, { n: 100 });
    expect(tooMany.body.errors?.[0]?.message).toMatch(/^Query cost limit of 700 exceeded, found 2502:/);
  });

  it('counts a list by the most items it can hold, narrowed by its arguments', async () => {
    // Vietnam Post has some 10,000 units across the country, a few hundred in one province.
    expect((await post(api, '{ postOffices(provinceCode: "79") { name } }')).body.errors).toBeUndefined();
    const nationwide = await post(api, '{ postOffices { name } }');
    expect(nationwide.body.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
  });
});

/** `graphql(` template literals of the app's sources, as codegen finds them. */
function clientDocuments(): string[] {
  const root = resolve(import.meta.dirname, '../../../client/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !file.includes('generated'),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]!),
  );
}

/**
 * Each query of the app as the app sends it: with the fragments (defined in other documents)
 * it spreads, directly or through other fragments, appended.
 */
function clientQueries(): { name: string; document: string }[] {
  const definitions = clientDocuments().flatMap((document) => parse(document).definitions);
  const fragments = new Map(
    definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
  );
  const spreadIn = (node: DefinitionNode, found: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(spread.name.value)) spreadIn(fragment, found.add(spread.name.value));
      },
    });
    return found;
  };
  return definitions
    .filter((node) => node.kind === Kind.OPERATION_DEFINITION && node.operation === 'query')
    .map((operation) => ({
      name: (operation as OperationDefinitionNode).name?.value ?? 'anonymous',
      document: [operation, ...[...spreadIn(operation, new Set())].map((name) => fragments.get(name)!)]
        .map((node) => print(node))
        .join('\n'),
    }));
}

describe('legitimate queries under the default limits', () => {
  let api: TestServer;
  /** Values for the app's query variables, as the app would send them on the demo data. */
  let variables: Record<string, unknown>;
  beforeAll(async () => {
    api = await startTestServer('sqlite');
    const { body } = await post(api, '{ agreements(first: 1) { nodes { id } } }');
    const years = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((back) => [`y${back}`, 2024 - back]));
    // `year`: the plan page's forecasts ask for one year (the current one by default).
    variables = {
      code: '79',
      // The accounts page's agencies and post offices of a province.
      provinceCode: '79',
      first: 10,
      year: 2026,
      id: (body.data as AgreementIds).agreements.nodes[0]!.id,
      ...years,
    };
  });
  afterAll(async () => {
    await api.close();
  });

  // Queries only: the app's mutations change state and are tested on their own. The one query
  // that takes a ward's code rather than a province's gets Bến Thành's.
  it.each(clientQueries().map(({ name, document }) => [name, document]))(
    'the app’s %s passes',
    async (name, document) => {
      const own = name === 'Ward' ? { code: '26743' } : {};
      const { status, body } = await post(api, document!, { ...variables, ...own });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    },
  );

  it('every province’s wards at once, the costliest query of the tests, passes', async () => {
    const { body } = await post(api, '{ provinces { code wards { code } } }');
    expect(body.errors).toBeUndefined();
  });
});
