import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type ProvincesData = {
  provinces: { code: string; name: string; kind: string; validFrom: string; validTo: string | null }[];
};
type ProvinceData = {
  province: { code: string; fullName: string; wards: { code: string; name: string; fullName: string; kind: string }[] };
};

describe.each(testDialects)('provinces and their wards on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists the provinces in force today, ordered by official code', async () => {
    const result = await api.graphql<ProvincesData>('{ provinces { code name kind validFrom validTo } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.provinces).toEqual([
      { code: '01', name: 'Hà Nội', kind: 'CITY', validFrom: '2025-07-01', validTo: null },
      { code: '79', name: 'Hồ Chí Minh', kind: 'CITY', validFrom: '2025-07-01', validTo: null },
    ]);
  });

  it("lists Ho Chi Minh City's wards with their Vietnamese names in alphabetical order", async () => {
    const result = await api.graphql<ProvinceData>(
      '{ province(code: "79") { code fullName wards { code name fullName kind } } }',
    );
    expect(result.errors).toBeUndefined();
    const province = result.data?.province;
    expect(province?.fullName).toBe('Thành phố Hồ Chí Minh');
    expect(province?.wards.map((ward) => ward.name)).toEqual([
      'Bàn Cờ',
      'Bến Thành',
      'Cần Giờ',
      'Cầu Ông Lãnh',
      'Côn Đảo',
      'Sài Gòn',
      'Tân Định',
      'Thủ Đức',
    ]);
    expect(province?.wards).toContainEqual({
      code: '26743',
      name: 'Bến Thành',
      fullName: 'Phường Bến Thành',
      kind: 'WARD',
    });
    expect(province?.wards).toContainEqual({
      code: '26732',
      name: 'Côn Đảo',
      fullName: 'Đặc khu Côn Đảo',
      kind: 'SPECIAL_ZONE',
    });
  });

  it('answers for the day asked: the 2025 units did not exist before 1 July 2025', async () => {
    const before = await api.graphql('{ province(code: "79", asOf: "2025-06-30") { code } }');
    expect(before.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const after = await api.graphql<{ provinces: unknown[] }>('{ provinces(asOf: "2025-07-01") { code } }');
    expect(after.data?.provinces).toHaveLength(2);
  });

  it('says NOT_FOUND for an unknown province code rather than returning nothing', async () => {
    const result = await api.graphql('{ province(code: "99") { code } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('"99"');
  });

  it('says BAD_USER_INPUT, naming the argument, for a malformed code or date', async () => {
    const badCode = await api.graphql('{ province(code: "7") { code } }');
    expect(badCode.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    const badDate = await api.graphql('query ($asOf: Date) { provinces(asOf: $asOf) { code } }', {
      asOf: '2025-02-30',
    });
    expect(badDate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('loads the wards of every province in one query, not one per province', async () => {
    statements.length = 0;
    const result = await api.graphql<{ provinces: { wards: unknown[] }[] }>('{ provinces { code wards { code } } }');
    expect(result.data?.provinces.map((province) => province.wards.length)).toEqual([2, 8]);
    // One select for the provinces, one batched select for all their wards.
    expect(statements.filter((statement) => /\bselect\b/i.test(statement))).toHaveLength(2);
  });
});
