import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Province } from './province.entity.js';
import { Ward } from './ward.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

describe.each(testDialects)('wards merged on 1 July 2025, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
    // Two made-up pre-2025 wards of the old city, merged into today's Bến Thành.
    const em = api.database.orm.em.fork();
    const oldCity = await em.findOneOrFail(Province, { code: '79', validTo: '2025-06-30' });
    const benThanh = await em.findOneOrFail(Ward, { code: '26743', validTo: null });
    for (const [code, name] of [
      ['90001', 'Phường Cũ Một'],
      ['90002', 'Phường Cũ Hai'],
    ] as const) {
      const old = em.create(Ward, {
        code,
        name,
        fullName: name,
        nameEn: code,
        kind: 'WARD',
        province: oldCity,
        validFrom: '2008-08-01',
        validTo: '2025-06-30',
      });
      old.successors.add(benThanh);
    }
    await em.flush();
  });
  afterAll(async () => {
    await api.close();
  });

  it('links the old units to the one they were merged into, both ways', async () => {
    const result = await api.graphql<{
      old: { successors: { code: string }[]; province: { validTo: string } };
      current: { predecessors: { code: string }[]; successors: unknown[] };
    }>(`{
      old: ward(code: "90001", asOf: "2025-06-30") { successors { code } province { validTo } }
      current: ward(code: "26743") { predecessors { code } successors { code } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.old).toEqual({ successors: [{ code: '26743' }], province: { validTo: '2025-06-30' } });
    // The demo's real mapping (old Bến Thành, Nguyễn Thái Bình, Phạm Ngũ Lão, part of Cầu Ông Lãnh) and the two made up here.
    expect(result.data?.current.predecessors.map((ward) => ward.code).sort()).toEqual([
      '26743',
      '26746',
      '26749',
      '26752',
      '90001',
      '90002',
    ]);
    expect(result.data?.current.successors).toEqual([]);
  });

  it('does not find a merged-away unit today', async () => {
    const result = await api.graphql('{ ward(code: "90001") { code } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('"90001"');
  });
});
