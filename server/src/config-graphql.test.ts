import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEFAULT_QUERY_LIMITS } from './http/query-limits.js';

describe('GraphQL hardening settings', () => {
  it('default to the documented limits, with introspection and suggestions on in development only', () => {
    expect(loadConfig({}).graphql).toEqual({
      limits: DEFAULT_QUERY_LIMITS,
      introspection: true,
      fieldSuggestions: true,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).graphql).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
  });

  it('are read from the environment', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_TOKENS: '500',
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_COSTLY_QUERY_COST: '400',
      GRAPHQL_COSTLY_QUERY_CONCURRENCY: '2',
      GRAPHQL_COSTLY_QUERY_QUEUE: '0',
      GRAPHQL_COSTLY_QUERY_WAIT_MS: '2500',
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_FIELD_SUGGESTIONS: 'false',
    });
    expect(config.graphql).toEqual({
      limits: {
        maxDepth: 7,
        maxAliases: 5,
        maxTokens: 500,
        maxCost: 1000,
        costlyQueryCost: 400,
        costlyQueryConcurrency: 2,
        costlyQueryQueue: 0,
        costlyQueryWaitMs: 2500,
      },
      introspection: true,
      fieldSuggestions: false,
    });
  });

  it('name the variable that is wrong', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '0' })).toThrow(/GRAPHQL_MAX_COST/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ GRAPHQL_COSTLY_QUERY_CONCURRENCY: '0' })).toThrow(/GRAPHQL_COSTLY_QUERY_CONCURRENCY/);
    expect(() => loadConfig({ GRAPHQL_COSTLY_QUERY_QUEUE: '-1' })).toThrow(/GRAPHQL_COSTLY_QUERY_QUEUE/);
    expect(() => loadConfig({ GRAPHQL_COSTLY_QUERY_WAIT_MS: '1.5' })).toThrow(/GRAPHQL_COSTLY_QUERY_WAIT_MS/);
  });
});
