import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from './agency.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Named = { name: string };

describe.each(testDialects)('agencies and post offices, and which serve a ward, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
    // A grassroots office that takes over Bến Thành from 2026; the city agency keeps the rest.
    const em = api.database.orm.em.fork();
    const cityAgency = await em.findOneOrFail(Agency, { code: 'BHXH-79' });
    const benThanh = await em.findOneOrFail(Ward, { code: '26743', validTo: null });
    const office = em.create(Agency, {
      code: 'BHXH-79-SG',
      name: 'Bảo hiểm xã hội cơ sở thử nghiệm',
      level: 'GRASSROOTS',
      province: cityAgency.province,
      parent: cityAgency,
      areaServed: 'Phường Bến Thành',
      validFrom: '2026-01-01',
    });
    office.servedWards.add(benThanh);
    // A district-level office also lists Bến Thành and Sài Gòn: the deeper grassroots office wins
    // for Bến Thành, the district office for Sài Gòn.
    const district = em.create(Agency, {
      code: 'BHXH-79-Q1',
      name: 'Văn phòng thử cấp quận',
      level: 'DISTRICT',
      province: cityAgency.province,
      parent: cityAgency,
      areaServed: 'Bến Thành, Sài Gòn',
      validFrom: '2026-01-01',
    });
    district.servedWards.add(benThanh, await em.findOneOrFail(Ward, { code: '26740', validTo: null }));
    await em.flush();
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists the units in force, top levels first, and refuses an unknown province', async () => {
    const result = await api.graphql<{ agencies: (Named & { level: string })[]; postOffices: Named[] }>(
      '{ agencies(provinceCode: "79") { name level } postOffices(provinceCode: "79") { name } }',
    );
    expect(result.data?.agencies.map((agency) => agency.level)).toEqual(['PROVINCIAL', 'DISTRICT', 'GRASSROOTS']);
    expect(result.data?.postOffices).toEqual([{ name: 'Bưu điện Thành phố Hồ Chí Minh' }]);
    const before = await api.graphql<{ agencies: Named[] }>(
      '{ agencies(provinceCode: "79", asOf: "2025-12-31") { name } }',
    );
    expect(before.data?.agencies).toEqual([{ name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' }]);
    const unknown = await api.graphql('{ agencies(provinceCode: "99") { name } }');
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('says which agency serves a ward on a day: the office given the ward, else the provincial agency', async () => {
    const result = await api.graphql<{
      today: { servingAgency: Named & { parent: Named } };
      before: { servingAgency: Named };
      other: { servingAgency: Named };
      rest: { servingAgency: Named };
    }>(`{
      today: ward(code: "26743") { servingAgency { name parent { name } } }
      before: ward(code: "26743") { servingAgency(asOf: "2025-12-31") { name } }
      other: ward(code: "26740") { servingAgency { name } }
      rest: ward(code: "26737") { servingAgency { name } }
    }`);
    expect(result.data?.today.servingAgency).toEqual({
      name: 'Bảo hiểm xã hội cơ sở thử nghiệm',
      parent: { name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' },
    });
    expect(result.data?.before.servingAgency.name).toBe('Bảo hiểm xã hội Thành phố Hồ Chí Minh');
    expect(result.data?.other.servingAgency.name).toBe('Văn phòng thử cấp quận');
    expect(result.data?.rest.servingAgency.name).toBe('Bảo hiểm xã hội Thành phố Hồ Chí Minh');
  });

  it('keeps the agency that signed an agreement, even when another serves the ward today', async () => {
    const result = await api.graphql<{ ward: { currentAgreement: { agency: Named }; servingAgency: Named } }>(
      '{ ward(code: "26743") { currentAgreement { agency { name } } servingAgency { name } } }',
    );
    expect(result.data?.ward.currentAgreement.agency.name).toBe('Bảo hiểm xã hội Thành phố Hồ Chí Minh');
    expect(result.data?.ward.servingAgency.name).toBe('Bảo hiểm xã hội cơ sở thử nghiệm');
  });
});
