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

  it('lists the 34 provincial units in force today, ordered by official code', async () => {
    const result = await api.graphql<ProvincesData>('{ provinces { code name kind validFrom validTo } }');
    expect(result.errors).toBeUndefined();
    const provinces = result.data?.provinces ?? [];
    expect(provinces).toHaveLength(34);
    expect(provinces[0]).toEqual({ code: '01', name: 'Hà Nội', kind: 'CITY', validFrom: '2025-07-01', validTo: null });
    expect(provinces.map((province) => province.code)).toEqual([...provinces.map((p) => p.code)].sort());
    expect(provinces.filter((province) => province.kind === 'CITY').map((province) => province.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Đồng Nai',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it("lists Ho Chi Minh City's 168 units with their Vietnamese names in alphabetical order", async () => {
    const result = await api.graphql<ProvinceData>(
      '{ province(code: "79") { code fullName wards { code name fullName kind } } }',
    );
    expect(result.errors).toBeUndefined();
    const province = result.data?.province;
    expect(province?.fullName).toBe('Thành phố Hồ Chí Minh');
    const wards = province?.wards ?? [];
    expect(wards).toHaveLength(168);
    const kinds = Object.groupBy(wards, (ward) => ward.kind);
    expect([kinds['WARD']?.length, kinds['COMMUNE']?.length, kinds['SPECIAL_ZONE']?.length]).toEqual([113, 54, 1]);
    // Vietnamese order: a, ă, â, b, c, d, đ …, so An Đông comes before Bà Điểm and Đông Thạnh after Dĩ An.
    expect(wards.slice(0, 3).map((ward) => ward.name)).toEqual(['An Đông', 'An Hội Đông', 'An Hội Tây']);
    const names = wards.map((ward) => ward.name);
    expect(names.indexOf('Dĩ An')).toBeLessThan(names.indexOf('Đông Thạnh'));
    expect(wards).toContainEqual({ code: '26743', name: 'Bến Thành', fullName: 'Phường Bến Thành', kind: 'WARD' });
    expect(wards).toContainEqual({ code: '26732', name: 'Côn Đảo', fullName: 'Đặc khu Côn Đảo', kind: 'SPECIAL_ZONE' });
  });

  it('answers for the day asked: reused codes name different units before and after 1 July 2025', async () => {
    const query =
      'query ($code: String!, $asOf: Date) { province(code: $code, asOf: $asOf) { name validFrom validTo } }';
    const longAn = await api.graphql<{ province: { name: string; validTo: string } }>(query, {
      code: '80',
      asOf: '2024-06-01',
    });
    expect(longAn.data?.province).toEqual({ name: 'Long An', validFrom: '2008-08-01', validTo: '2025-06-30' });
    const tayNinh = await api.graphql<{ province: { name: string } }>(query, { code: '80' });
    expect(tayNinh.data?.province.name).toBe('Tây Ninh');
    const binhDinh = await api.graphql<{ province: { name: string } }>(query, { code: '52', asOf: '2025-06-30' });
    expect(binhDinh.data?.province.name).toBe('Bình Định');
    const giaLai = await api.graphql<{ province: { name: string } }>(query, { code: '52', asOf: '2025-07-01' });
    expect(giaLai.data?.province.name).toBe('Gia Lai');
  });

  it('links ended units to their successors, and today’s units to their predecessors', async () => {
    const result = await api.graphql<{
      binhDuong: { name: string; successor: { code: string; name: string; validFrom: string } };
      hcmc: { predecessors: { code: string; name: string }[] };
      hue2020: { name: string; successor: { name: string; kind: string; successor: { validFrom: string } } };
    }>(`{
      binhDuong: province(code: "74", asOf: "2020-07-11") { name successor { code name validFrom } }
      hcmc: province(code: "79") { predecessors { code name } }
      hue2020: province(code: "46", asOf: "2020-07-11") { name successor { name kind successor { validFrom } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.binhDuong).toEqual({
      name: 'Bình Dương',
      successor: { code: '79', name: 'Hồ Chí Minh', validFrom: '2025-07-01' },
    });
    expect(result.data?.hcmc.predecessors).toEqual([
      { code: '74', name: 'Bình Dương' },
      { code: '77', name: 'Bà Rịa - Vũng Tàu' },
      { code: '79', name: 'Hồ Chí Minh' },
    ]);
    expect(result.data?.hue2020).toEqual({
      name: 'Thừa Thiên Huế',
      successor: { name: 'Huế', kind: 'CITY', successor: { validFrom: '2025-07-01' } },
    });
  });

  it('finds a ward by code, with its province', async () => {
    const result = await api.graphql<{ ward: { name: string; kind: string; province: { code: string } } }>(
      '{ ward(code: "26743") { name kind province { code } } }',
    );
    expect(result.data?.ward).toEqual({ name: 'Bến Thành', kind: 'WARD', province: { code: '79' } });
    const unknown = await api.graphql('{ ward(code: "99999") { name } }');
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await api.graphql('{ ward(code: "2674") { name } }');
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('searches wards ignoring case and diacritics, by name or code', async () => {
    const result = await api.graphql<{
      province: { a: { name: string }[]; b: { name: string }[]; c: { name: string }[] };
    }>(
      `{ province(code: "79") {
          a: wards(search: "ben thanh") { name }
          b: wards(search: "  BẾN   thành ") { name }
          c: wards(search: "26732") { name }
      } }`,
    );
    expect(result.data?.province).toEqual({
      a: [{ name: 'Bến Thành' }],
      b: [{ name: 'Bến Thành' }],
      c: [{ name: 'Côn Đảo' }],
    });
  });

  it('answers a province from a plain row exactly as from the entity', async () => {
    // Columns and today's progress take the plain row (plain-province.ts); `predecessors` needs the entity.
    const fields =
      'id code name fullName nameEn kind validFrom validTo signingProgress { totalWards signed notStarted }';
    const plain = await api.graphql<{ province: object }>(`{ province(code: "79") { ${fields} } }`);
    const entity = await api.graphql<{ province: { predecessors: unknown[] } }>(
      `{ province(code: "79") { ${fields} predecessors { code } } }`,
    );
    expect(plain.errors).toBeUndefined();
    expect(entity.errors).toBeUndefined();
    const { predecessors, ...rest } = entity.data!.province;
    expect(predecessors.length).toBeGreaterThan(0);
    expect(plain.data!.province).toEqual(rest);
    expect(rest).toMatchObject({ code: '79', validFrom: '2025-07-01', validTo: null, kind: 'CITY' });
    // A day in the past keeps the entity path, and its answer.
    const past = await api.graphql<{ province: { name: string; validTo: string } }>(
      '{ province(code: "74", asOf: "2020-07-11") { name validTo } }',
    );
    expect(past.data?.province).toEqual({ name: 'Bình Dương', validTo: '2025-06-30' });
  });

  it('answers a province asked for its wards from a plain row, as the entity path does', async () => {
    const wards = 'wards { code name signingStatus currentAgreement { status } }';
    statements.length = 0;
    const plain = await api.graphql<{ province: { a: unknown[]; b: unknown[] } }>(
      `{ province(code: "79") { a: ${wards} b: ${wards} } }`,
    );
    expect(plain.errors).toBeUndefined();
    // The province is one plain row (plain-province.ts), not an entity built in a forked
    // EntityManager (MikroORM's `select p0.* from province as p0`).
    const provinceReads = statements.filter((statement) => /\bfrom\s+["`]?province\b/i.test(statement));
    expect(provinceReads).toHaveLength(1);
    expect(provinceReads[0]).toMatch(/select id, code, name, full_name/);
    // `predecessors` needs the entity: the wards are the same whichever root they hang from.
    const entity = await api.graphql<{ province: { predecessors: unknown[]; wards: unknown[] } }>(
      `{ province(code: "79") { predecessors { code } ${wards} } }`,
    );
    expect(entity.errors).toBeUndefined();
    expect(entity.data!.province.wards).toHaveLength(168);
    expect(plain.data!.province.a).toEqual(entity.data!.province.wards);
    expect(plain.data!.province.b).toEqual(entity.data!.province.wards);
    // A past day or a field plain rows do not answer keeps the entity root, and still answers.
    const past = await api.graphql<{ province: { wards: unknown[] } }>(
      '{ province(code: "79") { wards(asOf: "2025-07-01") { code } } }',
    );
    expect(past.errors).toBeUndefined();
    expect(past.data!.province.wards).toHaveLength(168);
    const withProvince = await api.graphql<{ province: { wards: { province: { code: string } }[] } }>(
      '{ province(code: "79") { wards { province { code } } } }',
    );
    expect(withProvince.errors).toBeUndefined();
    expect(withProvince.data!.province.wards[0]!.province.code).toBe('79');
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
    const wardCounts = result.data?.provinces.map((province) => province.wards.length) ?? [];
    expect(wardCounts.filter((count) => count > 0)).toEqual([2, 168]);
    expect(wardCounts).toHaveLength(34);
    // One select for who asks (the API token), one for the provinces, one batched select for all their wards.
    expect(statements.filter((statement) => /\bselect\b/i.test(statement))).toHaveLength(3);
  });
});
