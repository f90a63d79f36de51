import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { Campaign } from '../participation/campaign.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Figure = {
  scheme: string;
  participants: number;
  note: string | null;
  province: { code: string; name: string; validTo: string | null } | null;
  source: { title: string; publisher: string };
};

const FIGURE = 'scheme participants note province { code name validTo } source { title publisher }';

describe.each(testDialects)('the July 2020 launch campaign, on %s', (dialect) => {
  let api: TestServer;
  let campaignId: string;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    const list = await api.graphql<{ campaigns: { id: string; startsOn: string; endsOn: string; scope: string }[] }>(
      '{ campaigns { id startsOn endsOn scope } }',
    );
    expect(list.data?.campaigns).toEqual([
      { id: expect.any(String), startsOn: '2020-07-11', endsOn: '2020-07-12', scope: 'NATIONAL' },
    ]);
    campaignId = list.data!.campaigns[0]!.id;
  });
  afterAll(async () => {
    await api.close();
  });

  async function campaign<T>(fields: string): Promise<T> {
    const result = await api.graphql<{ campaign: T }>(`query ($id: ID!) { campaign(id: $id) { ${fields} } }`, {
      id: campaignId,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.campaign;
  }

  it('lists every published national total with its source, without picking one', async () => {
    const { reportedTotals } = await campaign<{ reportedTotals: Figure[] }>(`reportedTotals { ${FIGURE} }`);
    expect(reportedTotals.map(({ scheme, participants, province }) => ({ scheme, participants, province }))).toEqual([
      { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', participants: 58_803, province: null },
      { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', participants: 30_269, province: null },
      { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', participants: 30_369, province: null },
    ]);
    const voluntarySources = reportedTotals
      .filter((f) => f.scheme === 'VOLUNTARY_SOCIAL_INSURANCE')
      .map((f) => f.source.title);
    expect(new Set(voluntarySources).size).toBe(2);
  });

  it('keeps the province figures on the provinces of 2020, with their old codes', async () => {
    const { voluntary, household } = await campaign<{ voluntary: Figure[]; household: Figure[] }>(
      `voluntary: results(scheme: VOLUNTARY_SOCIAL_INSURANCE) { ${FIGURE} }
       household: results(scheme: HOUSEHOLD_HEALTH_INSURANCE) { ${FIGURE} }`,
    );
    expect(voluntary).toHaveLength(24);
    expect(household).toHaveLength(14);
    expect(voluntary[0]).toMatchObject({ participants: 2_238, province: { code: '38', name: 'Thanh Hóa' } });
    expect(voluntary.find((f) => f.province?.name === 'Hồ Chí Minh')).toMatchObject({
      participants: 1_221,
      province: { code: '79', validTo: '2025-06-30' },
    });
    expect(voluntary.find((f) => f.province?.name === 'Thừa Thiên Huế')?.participants).toBe(952);
    const giaLai = voluntary.find((f) => f.province?.name === 'Gia Lai');
    expect(giaLai).toMatchObject({ participants: 61, province: { code: '64' } });
    expect(giaLai?.note).toMatch(/như số liệu công bố/i); // kept as published
    expect(household[0]).toMatchObject({ participants: 9_821, province: { name: 'Hồ Chí Minh' } });
    expect(household.reduce((sum, f) => sum + f.participants, 0)).toBe(42_609);
  });

  it("sums the 2020 figures under today's units: Bình Dương and Hồ Chí Minh count toward today's Hồ Chí Minh", async () => {
    type Group = {
      participants: number;
      province: { code: string; name: string };
      figures: { province: { name: string } }[];
    };
    const { groups } = await campaign<{ groups: Group[] }>(
      'groups: resultsByCurrentProvince(scheme: VOLUNTARY_SOCIAL_INSURANCE) { participants province { code name } figures { province { name } } }',
    );
    const byName = Object.fromEntries(groups.map((group) => [group.province.name, group]));
    expect(byName['Hồ Chí Minh']?.participants).toBe(1_221 + 1_152);
    expect(byName['Hồ Chí Minh']?.figures.map((f) => f.province.name).sort()).toEqual(['Bình Dương', 'Hồ Chí Minh']);
    // Code 80 meant Long An in 2020 and means Tây Ninh today; 52 now means Gia Lai.
    expect(byName['Tây Ninh']).toMatchObject({ participants: 1_021, province: { code: '80' } });
    expect(byName['Gia Lai']).toMatchObject({ participants: 61, province: { code: '52' } });
    expect(byName['Vĩnh Long']?.participants).toBe(925 + 700); // Trà Vinh + Bến Tre
    expect(groups.reduce((sum, group) => sum + group.participants, 0)).toBe(18_703);
  });

  it('costs the same SQL statements for many campaigns as for one', async () => {
    const query = `{ campaigns {
      results { participants province { name } source { title } }
      reportedTotals { participants }
      resultsByCurrentProvince { participants province { name } }
    } }`;
    const selects = async () => {
      statements.length = 0;
      const result = await api.graphql<{ campaigns: unknown[] }>(query);
      expect(result.errors).toBeUndefined();
      return {
        campaigns: result.data!.campaigns.length,
        count: statements.filter((s) => /\bselect\b/i.test(s)).length,
      };
    };
    const one = await selects();
    const em = api.database.orm.em.fork();
    const [figure] = await em.find(
      ParticipationFigure,
      { campaign: campaignId, province: { $ne: null } },
      { limit: 1 },
    );
    for (let i = 0; i < 5; i++) {
      const campaign = em.create(Campaign, {
        name: `Test ${i}`,
        startsOn: '2021-01-01',
        endsOn: '2021-01-02',
        scope: 'NATIONAL',
      });
      em.create(ParticipationFigure, {
        scheme: figure!.scheme,
        measure: figure!.measure,
        province: figure!.province,
        periodStart: campaign.startsOn,
        periodEnd: campaign.endsOn,
        participants: 10 + i,
        campaign,
        source: figure!.source,
      });
    }
    await em.flush();
    const six = await selects();
    expect([one.campaigns, six.campaigns]).toEqual([1, 6]);
    expect(six.count).toBe(one.count);
  });

  it('says NOT_FOUND for an unknown campaign and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await api.graphql('{ campaign(id: "00000000-0000-4000-8000-000000000000") { name } }');
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await api.graphql('{ campaign(id: "2020") { name } }');
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
