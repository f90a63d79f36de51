import { auditServer, type AuditResult } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/test-server.js';
import type { GraphQLGuards } from './query-limits.js';

/**
 * graphql-http's audit of the GraphQL-over-HTTP specification, against the real server as
 * configured for development and for production (config.ts: introspection, field suggestions
 * and internal error details off in production).
 */
async function audit(configuration: { exposeInternals: boolean; guards: Partial<GraphQLGuards> }) {
  const api = await startTestServer('sqlite', { seedDemoData: false, ...configuration });
  try {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const bodies = new Map<string, string>();
    for (const result of results) if (result.status !== 'ok') bodies.set(result.id, await result.response.text());
    return { results, bodies };
  } finally {
    await api.close();
  }
}

const level = (results: AuditResult[], requirement: 'MUST' | 'SHOULD' | 'MAY') =>
  results.filter((result) => result.name.startsWith(`${requirement} `));
const failing = (results: AuditResult[]) => results.filter((result) => result.status !== 'ok');

/**
 * The SHOULDs not met, on purpose: Apollo Server answers a request that cannot run at all (no
 * parse, no validation, variables that do not coerce) with 400 rather than 200 even for
 * `application/json`, which the specification allows, and urql and GraphiQL read either way.
 */
const KNOWN_SHOULD_MISSES = ['572B', 'FDE2', '7B9B'];

describe('the GraphQL-over-HTTP audit (graphql-http)', () => {
  it('passes every MUST in development, and all SHOULDs but Apollo’s 400 for requests that cannot run', async () => {
    const { results } = await audit({ exposeInternals: true, guards: { introspection: true, fieldSuggestions: true } });
    expect(level(results, 'MUST').length).toBeGreaterThanOrEqual(13);
    expect(failing(level(results, 'MUST'))).toEqual([]);
    // 20 of 23 SHOULDs pass (graphql-http 1.23.1).
    expect(failing(level(results, 'SHOULD')).map((result) => result.id)).toEqual(KNOWN_SHOULD_MISSES);
    expect(level(results, 'SHOULD').length - KNOWN_SHOULD_MISSES.length).toBe(20);
  });

  it('passes every MUST in production with introspection allowed for the audit', async () => {
    const { results } = await audit({
      exposeInternals: false,
      guards: { introspection: true, fieldSuggestions: false },
    });
    expect(failing(level(results, 'MUST'))).toEqual([]);
    expect(failing(level(results, 'SHOULD')).map((result) => result.id)).toEqual(KNOWN_SHOULD_MISSES);
  });

  it('in production as configured, misses only the checks that ask by introspection, which is off', async () => {
    const { results, bodies } = await audit({
      exposeInternals: false,
      guards: { introspection: false, fieldSuggestions: false },
    });
    // Those audits send `{ __type(name: …) { name } }`; everything else passes as above.
    const introspective = failing(results).filter((result) =>
      /introspection is not allowed/.test(bodies.get(result.id)!),
    );
    expect(introspective.length).toBeGreaterThan(0);
    expect(failing(level(results, 'MUST')).filter((result) => !introspective.includes(result))).toEqual([]);
    expect(
      failing(level(results, 'SHOULD'))
        .filter((result) => !introspective.includes(result))
        .map((result) => result.id),
    ).toEqual(KNOWN_SHOULD_MISSES);
  });
});
