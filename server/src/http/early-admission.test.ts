import { ApolloServer, HeaderMap, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CostlyQueryGate } from './costly-query-gate.js';
import { EarlyAdmission, LONGEST_REMEMBERED, REMEMBERED_REQUESTS } from './early-admission.js';
import { graphqlHandler } from './graphql-handler.js';
import { costLimitPlugin } from './query-cost.js';

const gateOf = (overrides: { maxWaiting?: number } = {}) =>
  new CostlyQueryGate({ threshold: 10, concurrency: 1, maxWaiting: 100, maxWaitMs: 10_000, ...overrides });

const post = (body: Record<string, unknown>): HTTPGraphQLRequest => ({
  method: 'POST',
  headers: new HeaderMap(),
  search: '',
  body,
});

describe('early admission to the costly-query gate', () => {
  it('makes only a POST of a text remembered as costly wait, with the same operation and variables', async () => {
    const early = new EarlyAdmission(gateOf());
    early.remember({ query: '{ costly }', variables: { a: 1 } }, 11);
    early.remember({ query: '{ cheap }' }, 10);

    expect(early.turnFor(post({ query: '{ cheap }' }))).toBeUndefined();
    expect(early.turnFor(post({ query: '{ unseen }' }))).toBeUndefined();
    expect(early.turnFor(post({ query: '{ costly }', variables: { a: 2 } }))).toBeUndefined();
    expect(early.turnFor(post({ query: '{ costly }', variables: { a: 1 }, operationName: 'Other' }))).toBeUndefined();
    expect(early.turnFor({ ...post({}), method: 'GET', body: undefined, search: '?query={costly}' })).toBeUndefined();

    const request = post({ query: '{ costly }', variables: { a: 1 } });
    const release = await early.turnFor(request);
    expect(early.decision(request)).toBeNull();
    expect(early.decision(post({ query: '{ costly }', variables: { a: 1 } }))).toBeUndefined();
    release!();
  });

  it('remembers a bounded number of requests, none longer than LONGEST_REMEMBERED', async () => {
    const early = new EarlyAdmission(gateOf());
    // Whether the request waits early; its turn, if it has one, is handed on at once.
    const known = async (query: string, variables?: object) => {
      const turn = early.turnFor(post({ query, variables }));
      if (turn) (await turn)();
      return turn !== undefined;
    };
    early.remember({ query: `{ costly }${' '.repeat(LONGEST_REMEMBERED)}` }, 11);
    expect(await known(`{ costly }${' '.repeat(LONGEST_REMEMBERED)}`)).toBe(false);
    early.remember({ query: '{ costly }', variables: { text: 'x'.repeat(LONGEST_REMEMBERED) } }, 11);
    expect(await known('{ costly }', { text: 'x'.repeat(LONGEST_REMEMBERED) })).toBe(false);

    for (let n = 0; n < REMEMBERED_REQUESTS; n++) early.remember({ query: '{ costly }', variables: { n } }, 11);
    expect(await known('{ costly }', { n: 0 })).toBe(true);
    expect(await known('{ costly }', { n: REMEMBERED_REQUESTS - 1 })).toBe(true);
    // One more starts the memory over: only the newest is known.
    early.remember({ query: '{ other }' }, 11);
    expect(await known('{ other }')).toBe(true);
    expect(await known('{ costly }', { n: 0 })).toBe(false);
  });

  it('records the gate’s refusal for the cost plugin to send', async () => {
    const gate = gateOf({ maxWaiting: 0 });
    const early = new EarlyAdmission(gate);
    early.remember({ query: '{ costly }' }, 11);
    const running = await gate.enter(11);

    const refused = post({ query: '{ costly }' });
    await early.turnFor(refused);
    expect(early.decision(refused)).toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    running();
  });
});

/**
 * The handler, Apollo Server and the cost plugin together, on a schema whose `items` answer only
 * when the test says: one costly query holds the gate while others arrive.
 */
async function heldServer(gate: CostlyQueryGate) {
  const contextsMade: string[] = [];
  const held: (() => void)[] = [];
  const early = new EarlyAdmission(gate);
  const apollo = new ApolloServer<BaseContext>({
    typeDefs: 'type Item { id: ID } type Query { items(tag: String): [Item] }',
    resolvers: {
      Query: { items: () => new Promise((resolve) => held.push(() => resolve([{ id: '1' }]))) },
    },
    plugins: [costLimitPlugin(1_000_000, gate, early)],
  });
  await apollo.start();
  const app = express();
  app.use(express.json());
  app.post(
    '/graphql',
    graphqlHandler(
      apollo,
      async ({ req }) => {
        contextsMade.push(String((req.body as { variables?: { tag?: string } }).variables?.tag));
        return {};
      },
      early,
    ),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    contextsMade,
    held,
    ask: (tag: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($tag: String) { items(tag: $tag) { id } }', variables: { tag } }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};
const ANSWER = { status: 200, body: { data: { items: [{ id: '1' }] } } };

describe('a costly query seen before, behind one that holds the gate', () => {
  let api: Awaited<ReturnType<typeof heldServer>>;
  afterAll(() => api?.close());

  it('waits for its turn before Apollo Server starts on it; one not seen yet waits inside Apollo', async () => {
    const gate = gateOf();
    api = await heldServer(gate);
    const { contextsMade, held, ask } = api;
    // The first "a" is new: Apollo makes its context, the plugin learns it is costly, and it runs.
    const first = ask('a');
    await until(() => held.length === 1);
    // A second "a" is known costly: the handler holds it before Apollo starts (no context made).
    const second = ask('a');
    await until(() => gate.waitingCount === 1);
    // "c" has other variables, so is not known yet: Apollo makes its context, then the plugin holds it.
    const other = ask('c');
    await until(() => gate.waitingCount === 2);
    expect(contextsMade).toEqual(['a', 'c']);

    held.shift()!();
    expect(await first).toEqual(ANSWER);
    // In order of arrival: the second "a" (its context made only now), then "c".
    await until(() => held.length === 1);
    expect(contextsMade).toEqual(['a', 'c', 'a']);
    held.shift()!();
    await until(() => held.length === 1);
    held.shift()!();
    expect(await second).toEqual(ANSWER);
    expect(await other).toEqual(ANSWER);
  });
});

describe('a costly query seen before, behind a full queue', () => {
  let api: Awaited<ReturnType<typeof heldServer>>;
  afterAll(() => api?.close());

  it('is turned away with 503 SERVER_BUSY, worded and formatted as inside Apollo', async () => {
    api = await heldServer(gateOf({ maxWaiting: 0 }));
    const first = api.ask('a');
    await until(() => api.held.length === 1);
    const refused = await api.ask('a');
    expect(refused).toMatchObject({
      status: 503,
      body: {
        errors: [
          {
            message: expect.stringMatching(/^The server is busy: too many other costly queries are waiting/),
            extensions: { code: 'SERVER_BUSY', limit: 'costlyQueries' },
          },
        ],
      },
    });
    api.held.shift()!();
    expect(await first).toEqual(ANSWER);
  });
});
