import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../graphql/build-schema.js';
import { TEST_PASSWORD } from '../test-support/test-accounts.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { testDialects } from '../test-support/test-databases.js';

/** What the databases cannot keep: NUL, and a lone surrogate (ill-formed UTF-16). */
const BAD_TEXTS = { nul: 'a\u0000b', loneSurrogate: '\uD800x' } as const;

/** Scalars whose values are strings on the wire, so a bad text can be sent in their place. */
const TEXT_SCALARS = new Set(['String', 'ID', 'Date', 'DateTimeISO']);

const GOOD_SCALARS: Record<string, unknown> = {
  String: 'ok',
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2025-07-01',
  DateTimeISO: '2025-07-01T00:00:00.000Z',
  JSONObject: {},
};

/** A value the type accepts, with only the required input fields filled. */
function goodValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return goodValue(type.ofType);
  if (isListType(type)) return [goodValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((field) => [field.name, goodValue(field.type)]));
  }
  if (isScalarType(type) && type.name in GOOD_SCALARS) return GOOD_SCALARS[type.name];
  throw new Error(`No example value for ${String(type)}: add one to GOOD_SCALARS`);
}

type Probe = { path: string; value: unknown; scalar: string };

/**
 * Every place in an argument where text can go, as the argument's value with `bad` there and
 * good values around it, and the path `BAD_USER_INPUT` should name (`input.source.title`).
 */
function probes(type: GraphQLInputType, path: string, bad: string, seen: string[] = []): Probe[] {
  if (isNonNullType(type)) return probes(type.ofType, path, bad, seen);
  if (isListType(type)) return probes(type.ofType, `${path}.0`, bad, seen).map((p) => ({ ...p, value: [p.value] }));
  if (isScalarType(type)) {
    if (TEXT_SCALARS.has(type.name)) return [{ path, value: bad, scalar: type.name }];
    if (type.name === 'JSONObject') return [{ path: `${path}.note`, value: { note: bad }, scalar: type.name }];
    return [];
  }
  if (!isInputObjectType(type) || seen.includes(type.name)) return [];
  const base = goodValue(type) as Record<string, unknown>;
  return Object.values(type.getFields()).flatMap((field) =>
    probes(field.type, `${path}.${field.name}`, bad, [...seen, type.name]).map((p) => ({
      ...p,
      value: { ...base, [field.name]: p.value },
    })),
  );
}

/** A GraphQL literal for a JSON value; enums are written bare, as the schema needs. */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((item) => literal(item, type.ofType)).join(', ')}]`;
  if (isEnumType(named)) return String(value);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${literal(item, fields[key]!.type)}`)
      .join(', ')} }`;
  }
  if (named.name === 'JSONObject') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${JSON.stringify(item)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

type Case = { operation: string; rootField: string; path: string; scalar: string; bad: keyof typeof BAD_TEXTS };

function requestsFor(kind: 'query' | 'mutation', root: GraphQLObjectType) {
  const requests: (Case & { body: { query: string; variables?: Record<string, unknown> } })[] = [];
  for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
    const selection =
      isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
    const good = (arg: GraphQLArgument) => goodValue(arg.type);
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    for (const target of field.args) {
      for (const bad of Object.keys(BAD_TEXTS) as (keyof typeof BAD_TEXTS)[]) {
        for (const probe of probes(target.type, target.name, BAD_TEXTS[bad])) {
          const args = [...new Set([...required, target])];
          const values = Object.fromEntries(args.map((arg) => [arg.name, arg === target ? probe.value : good(arg)]));
          // Through variables, as the app and most clients send values…
          const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
          const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          requests.push({
            operation: 'variables',
            rootField: field.name,
            path: probe.path,
            scalar: probe.scalar,
            bad,
            body: { query: `${kind} (${declared}) { ${field.name}(${passed})${selection} }`, variables: values },
          });
          // …and written into the document.
          const inline = args.map((arg) => `${arg.name}: ${literal(values[arg.name], arg.type)}`).join(', ');
          requests.push({
            operation: 'literal',
            rootField: field.name,
            path: probe.path,
            scalar: probe.scalar,
            bad,
            body: { query: `${kind} { ${field.name}(${inline})${selection} }` },
          });
        }
      }
    }
  }
  return requests;
}

describe.each(testDialects)('text the databases cannot keep, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('is refused as BAD_USER_INPUT naming the field, in every argument and input field of the schema', async () => {
    const schema = await buildApiSchema();
    const requests = [
      ...requestsFor('query', schema.getQueryType()!),
      ...requestsFor('mutation', schema.getMutationType()!),
    ];
    const outcomes: (Case & { code: unknown; field: unknown; message: string })[] = [];
    for (const request of requests) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.admin.token}` },
        body: JSON.stringify(request.body),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const error = body.errors?.[0];
      outcomes.push({
        ...request,
        code: error?.extensions?.['code'],
        field: error?.extensions?.['field'],
        message: error?.message ?? '',
      });
    }
    // Enough of the schema was reached: every mutation the adversarial run named, and reads.
    const paths = new Set(outcomes.map((outcome) => `${outcome.rootField}.${outcome.path}`));
    for (const path of [
      'createApiToken.input.name',
      'setTarget.input.source.title',
      'recordParticipationFigure.input.note',
      'createAccount.input.displayName',
      'auditRecords.filter.action',
      'signIn.email',
      'importParticipationFigures.input.csv',
    ]) {
      expect(paths, path).toContain(path);
    }
    // 70 places for text in the schema of 2026-12, each with both texts, as variables and literals.
    expect(outcomes.length).toBeGreaterThanOrEqual(280);

    expect(outcomes.filter((outcome) => outcome.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    // A lone surrogate cannot even be written in a GraphQL document: the parser refuses it.
    const literalSurrogates = outcomes.filter((o) => o.operation === 'literal' && o.bad === 'loneSurrogate');
    expect(new Set(literalSurrogates.map((outcome) => outcome.code))).toEqual(new Set(['GRAPHQL_PARSE_FAILED']));
    // A day written into the document is checked by its scalar while the document is validated,
    // before any argument is looked at: a clear GRAPHQL_VALIDATION_FAILED, as for any bad day.
    const literalDays = outcomes.filter(
      (o) => o.operation === 'literal' && o.bad === 'nul' && ['Date', 'DateTimeISO'].includes(o.scalar),
    );
    expect(new Set(literalDays.map((outcome) => outcome.code))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(literalDays.filter((outcome) => !/must be a calendar day|DateTime/.test(outcome.message))).toEqual([]);
    // Every other one (every variable, every text literal) is BAD_USER_INPUT naming the very field.
    const refused = outcomes.filter(
      (outcome) => !literalSurrogates.includes(outcome) && !literalDays.includes(outcome),
    );
    expect(refused.filter((outcome) => outcome.code !== 'BAD_USER_INPUT' || outcome.field !== outcome.path)).toEqual(
      [],
    );
    expect(refused.length).toBeGreaterThanOrEqual(190);
  });

  it('is refused where the adversarial run found INTERNAL_SERVER_ERROR, with otherwise good input', async () => {
    // Each of these reached the database before the check: SQLite cut the statement at NUL,
    // PostgreSQL's text and jsonb refused it.
    const session = { token: null, headers: { cookie: await api.signIn(api.admin.account.email, TEST_PASSWORD) } };
    const source = (title: string) => ({ title, publisher: 'BHXH TP.HCM' });
    const cases: [string, string, (bad: string) => Record<string, unknown>, string][] = [
      [
        'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
        'input.name',
        (bad) => ({ input: { name: bad } }),
        'session',
      ],
      [
        'mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }',
        'input.source.title',
        (bad) => ({
          input: {
            provinceCode: '79',
            scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
            year: 2027,
            totalParticipants: 5,
            source: source(bad),
          },
        }),
        'token',
      ],
      [
        'mutation ($input: RecordParticipationFigureInput!) { recordParticipationFigure(input: $input) { id } }',
        'input.note',
        (bad) => ({
          input: {
            provinceCode: '79',
            scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
            measure: 'PARTICIPANTS_AT_PERIOD_END',
            periodStart: '2025-10-01',
            periodEnd: '2025-12-31',
            participants: 5,
            source: source('Báo cáo'),
            note: bad,
          },
        }),
        'token',
      ],
      [
        'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        'input.displayName',
        (bad) => ({
          input: {
            email: `someone${Math.random()}@example.vn`,
            displayName: bad,
            password: 'a long enough password',
            role: 'VIEWER',
          },
        }),
        'token',
      ],
      [
        'query ($action: String) { auditRecords(filter: { action: $action }) { totalCount } }',
        'filter.action',
        (bad) => ({ action: bad }),
        'token',
      ],
    ];
    for (const [query, field, variables, as] of cases) {
      for (const bad of Object.values(BAD_TEXTS)) {
        const answer = await api.graphql(query, variables(bad), as === 'session' ? session : undefined);
        expect(answer.errors?.[0]?.extensions, `${field} with ${JSON.stringify(bad)}`).toEqual({
          code: 'BAD_USER_INPUT',
          field,
        });
        expect(answer.errors?.[0]?.message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}: `));
      }
      // The same input with good text is written: the check refuses only what it should.
      const good = await api.graphql(query, variables('Báo cáo quý IV'), as === 'session' ? session : undefined);
      expect(good.errors, field).toBeUndefined();
    }
  });

  it('is refused in the arguments of nested fields and in variables’ defaults too', async () => {
    const nested = await api.graphql('query ($q: String!) { province(code: "79") { wards(search: $q) { code } } }', {
      q: BAD_TEXTS.loneSurrogate,
    });
    expect(nested.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
    const byDefault = await api.graphql('query ($q: String = "x\\u0000") { ward(code: $q) { code } }');
    expect(byDefault.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    // Good text passes the check.
    expect((await api.graphql('{ ward(code: "26743") { code } }')).data).toEqual({ ward: { code: '26743' } });
  });
});
