import { AGREEMENTS_PAGE_QUERY, DASHBOARD_QUERY, HEADLINE_QUERY } from '@tripartite/bench/tripartite-documents';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSyntheticProvince } from '../test-support/synthetic-province.js';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/**
 * A request forks the EntityManager only when a resolver reads entities: the hot reads of plain
 * rows and the lookup of who asks need none (the fork was 7.5% of a small query's CPU).
 */
describe.each(testDialects)('the EntityManager is forked only when a request reads entities, on %s', (dialect) => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(dialect, { seedDemoData: false });
    await createSyntheticProvince(api.database.orm.em.fork(), { code: '90', wardCount: 10 });
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  async function forksOf(query: string, variables: Record<string, unknown>) {
    const fork = vi.spyOn(api.database.orm.em, 'fork');
    try {
      const result = await api.graphql(query, variables);
      expect(result.errors).toBeUndefined();
      return { forks: fork.mock.calls.length, data: result.data };
    } finally {
      fork.mockRestore();
    }
  }

  it('the headline and the page of agreements, answered from plain rows, fork none', async () => {
    const headline = await forksOf(HEADLINE_QUERY, { provinceCode: '90' });
    expect((headline.data as { wardsLackingSignedAgreement: unknown[] }).wardsLackingSignedAgreement.length).toBe(8);
    expect(headline.forks).toBe(0);
    const page = await forksOf(AGREEMENTS_PAGE_QUERY, { provinceCode: '90', first: 5 });
    expect((page.data as { agreements: { edges: unknown[] } }).agreements.edges).toHaveLength(5);
    expect(page.forks).toBe(0);
  });

  it('a province asked for its columns and today’s progress, read as a plain row, forks none', async () => {
    const province = await forksOf('{ province(code: "90") { code name signingProgress { totalWards } } }', {});
    expect(province.data).toEqual({
      province: { code: '90', name: expect.any(String), signingProgress: { totalWards: 10 } },
    });
    expect(province.forks).toBe(0);
  });

  it('a province asked for its wards’ signing, the noisy neighbour’s query, forks none', async () => {
    const wards = 'wards { code name signingStatus currentAgreement { status } }';
    const province = await forksOf(`{ province(code: "90") { a: ${wards} b: ${wards} } }`, {});
    const answer = province.data as { province: { a: unknown[]; b: unknown[] } };
    expect(answer.province.a).toHaveLength(10);
    expect(answer.province.b).toEqual(answer.province.a);
    expect(province.forks).toBe(0);
  });

  it('the director’s dashboard, its province, progress and targets as plain rows, forks none', async () => {
    const dashboard = await forksOf(DASHBOARD_QUERY, { provinceCode: '90', year: 2026 });
    const { province } = dashboard.data as { province: { targets: { target: { totalParticipants: number } }[] } };
    expect(province.targets.length).toBeGreaterThan(0);
    expect(dashboard.forks).toBe(0);
  });

  it('a query that reads entities forks once for the whole request', async () => {
    // `predecessors` is read from the Province entity (`wards` alone is answered from plain rows).
    const province = await forksOf('{ province(code: "90") { code predecessors { code } wards { code } } }', {});
    expect((province.data as { province: { code: string } }).province.code).toBe('90');
    expect(province.forks).toBe(1);
  });

  it('an unknown province on the plain path is still NOT_FOUND (read through a fork)', async () => {
    const result = await api.graphql(HEADLINE_QUERY, { provinceCode: '89' });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
