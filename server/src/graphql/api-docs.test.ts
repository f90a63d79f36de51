import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seeders/demo/accounts.seed.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** Every GraphQL example in docs/api.md must run on the demo data without an error. */
const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/api.md'), 'utf8');
const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('the examples of docs/api.md', () => {
  let api: TestServer;
  let session: string;
  beforeAll(async () => {
    api = await startTestServer('sqlite');
    // As a person in the app: signed in (API tokens are created from a session).
    session = await api.signIn('admin@tripartite.local', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api.close();
  });

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((query) => [/query (\w+)/.exec(query)?.[1] ?? query.slice(0, 40), query]))(
    '%s runs and returns data',
    async (_name, query) => {
      const result = await api.graphql(query, {}, { token: null, headers: { cookie: session } });
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );
});
