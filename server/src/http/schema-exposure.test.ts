import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const MISSPELT = '{ provinces { cod } }';

describe('introspection and field suggestions, on as in development', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer('sqlite', {
      seedDemoData: false,
      guards: { introspection: true, fieldSuggestions: true },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers introspection queries', async () => {
    const result = await api.graphql(INTROSPECTION);
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('suggests the field that was meant', async () => {
    const result = await api.graphql(MISSPELT);
    expect(result.errors?.[0]?.message).toMatch(/Did you mean "code"/);
  });
});

describe('introspection and field suggestions, off as in production', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer('sqlite', {
      seedDemoData: false,
      guards: { introspection: false, fieldSuggestions: false },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses introspection queries with a validation error', async () => {
    const result = await api.graphql(INTROSPECTION);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the unknown field without suggesting the schema’s own', async () => {
    const result = await api.graphql(MISSPELT);
    expect(result.errors?.[0]?.message).toBe('Cannot query field "cod" on type "Province".');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
