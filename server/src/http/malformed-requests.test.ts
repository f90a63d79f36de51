import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

type Answer = { status: number; type: string | null; text: string };

const JSON_TYPE = 'application/json';

describe('malformed requests', () => {
  let api: TestServer;
  let logged: string[];
  const send = async (body: string | Uint8Array, headers: Record<string, string> = { 'content-type': JSON_TYPE }) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const expectGraphQLError = (answer: Answer, status: number, message: RegExp) => {
    expect(answer.status).toBe(status);
    expect(answer.type).toMatch(/^application\/json/);
    const body = JSON.parse(answer.text) as unknown;
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(message), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(answer.text).not.toMatch(/<html|<pre|\bat \S+ \(|node_modules|\.js:\d+/);
  };

  beforeAll(async () => {
    // Express logs the stack of every error it handles itself, except when NODE_ENV is "test":
    // the server is made as in development, so a stack that reached Express's handler would show.
    vi.stubEnv('NODE_ENV', 'development');
    api = await startTestServer('sqlite', { seedDemoData: false });
    vi.unstubAllEnvs();
  });
  beforeEach(() => {
    logged = [];
    const keep = (...parts: unknown[]) => {
      logged.push(parts.map(String).join(' '));
      return true;
    };
    vi.spyOn(console, 'error').mockImplementation(keep);
    vi.spyOn(console, 'warn').mockImplementation(keep);
    vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // A client's mistake is answered, not written to the log.
    expect(logged).toEqual([]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers a body that is not JSON with a GraphQL error, 400', async () => {
    expectGraphQLError(await send('{"query": '), 400, /^The request body is not valid JSON: /);
    expectGraphQLError(await send('{query: "{ __typename }"}'), 400, /^The request body is not valid JSON: /);
  });

  it('answers null, a string or a number as the body with a GraphQL error, 400', async () => {
    for (const body of ['null', '"{ __typename }"', '42', 'true']) {
      expectGraphQLError(await send(body), 400, /^The request body must be a JSON object/);
    }
  });

  it('answers a charset other than UTF-8 with a GraphQL error, 415', async () => {
    const latin1 = await send('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' });
    expectGraphQLError(latin1, 415, /charset "latin1" is not supported: send JSON in UTF-8/);
    const ascii = await send('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=us-ascii' });
    expectGraphQLError(ascii, 415, /charset "us-ascii" is not supported/);
  });

  it('answers a body too large, or compressed wrongly, with a GraphQL error', async () => {
    expectGraphQLError(
      await send(JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(200_000) })),
      413,
      /larger than/,
    );
    const notGzip = await send('{"query":"{ __typename }"}', { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' });
    expectGraphQLError(notGzip, 400, /^The request body could not be read: /);
    const unknown = await send('{"query":"{ __typename }"}', {
      'content-type': JSON_TYPE,
      'content-encoding': 'zstd-x',
    });
    expectGraphQLError(unknown, 415, /Content-Encoding "zstd-x" is not supported/);
    // A well-formed compressed body is still read.
    const gzipped = await send(gzipSync('{"query":"{ __typename }"}'), {
      'content-type': JSON_TYPE,
      'content-encoding': 'gzip',
    });
    expect(JSON.parse(gzipped.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers automatic persisted queries as not supported, with or without the query', async () => {
    const hashOnly = JSON.parse(
      await send('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}').then((a) => a.text),
    );
    expect(hashOnly.errors).toEqual([
      { message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } },
    ]);
    const withQuery = await send(
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    );
    expect(JSON.parse(withQuery.text).errors[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
  });

  it('answers a malformed address outside the API in plain words, without a stack', async () => {
    const response = await fetch(`${api.url}/templates/%E0%A4%A`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/<html|\bat \S+ \(|node_modules/);
  });
});
