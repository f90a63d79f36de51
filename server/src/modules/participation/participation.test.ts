import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { Publication } from './publication.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Figure = { scheme: string; periodEnd: string; participants: number; measure: string; source: { title: string } };

describe.each(testDialects)('participation figures of a unit, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
    const em = api.database.orm.em.fork();
    const city = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const benThanh = await em.findOneOrFail(Ward, { code: '26743', validTo: null });
    const source = em.create(Publication, { title: 'Monthly report', publisher: 'Test' });
    const stock = { measure: 'PARTICIPANTS_AT_PERIOD_END' as const, source };
    for (const [month, last] of [
      ['02', '28'],
      ['01', '31'],
    ] as const) {
      em.create(ParticipationFigure, {
        ...stock,
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        province: city,
        periodStart: `2028-${month}-01`,
        periodEnd: `2028-${month}-${last}`,
        participants: Number(month) * 1_000,
      });
    }
    em.create(ParticipationFigure, {
      ...stock,
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      province: city,
      periodStart: '2027-12-01',
      periodEnd: '2027-12-31',
      participants: 5,
    });
    em.create(ParticipationFigure, {
      ...stock,
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
      ward: benThanh,
      periodStart: '2028-01-01',
      periodEnd: '2028-01-31',
      participants: 40,
    });
    await em.flush();
  });
  afterAll(async () => {
    await api.close();
  });

  it("lists a province's own figures for a year, oldest first, and a ward's on the ward", async () => {
    const result = await api.graphql<{
      province: { all: Figure[]; household: Figure[] };
      ward: { participationFigures: Figure[] };
    }>(`{
      province(code: "79") {
        all: participationFigures(year: 2028) { scheme periodEnd participants measure source { title } }
        household: participationFigures(year: 2028, scheme: HOUSEHOLD_HEALTH_INSURANCE) { participants }
      }
      ward(code: "26743") { participationFigures(year: 2028) { participants periodEnd } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.province.all).toEqual([
      {
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        periodEnd: '2028-01-31',
        participants: 1_000,
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        source: { title: 'Monthly report' },
      },
      {
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        periodEnd: '2028-02-28',
        participants: 2_000,
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        source: { title: 'Monthly report' },
      },
    ]);
    expect(result.data?.province.household).toEqual([]);
    expect(result.data?.ward.participationFigures).toEqual([{ participants: 40, periodEnd: '2028-01-31' }]);
  });

  it("sums the July 2020 figures of Bình Dương and the old city under today's Hồ Chí Minh, each on its own unit", async () => {
    type Total = {
      participants: number;
      measure: string;
      periodStart: string;
      periodEnd: string;
      figures: { participants: number; province: { code: string; name: string; validTo: string | null } }[];
    };
    const totals = `participationTotals(year: 2020, scheme: VOLUNTARY_SOCIAL_INSURANCE) {
      participants measure periodStart periodEnd figures { participants province { code name validTo } }
    }`;
    const result = await api.graphql<
      Record<'today' | 'oldCity' | 'binhDuong', { participationTotals: Total[] }> & {
        ownOnly: { participationFigures: unknown[] };
      }
    >(`{
      today: province(code: "79") { ${totals} }
      ownOnly: province(code: "79") { participationFigures(year: 2020) { participants } }
      oldCity: province(code: "79", asOf: "2024-06-01") { ${totals} }
      binhDuong: province(code: "74", asOf: "2020-07-11") { ${totals} }
    }`);
    expect(result.errors).toBeUndefined();
    // The campaign's figures were published by one source for the same two days, so they add up.
    expect(result.data?.today.participationTotals).toEqual([
      {
        participants: 1_221 + 1_152,
        measure: 'ENROLLED_IN_PERIOD',
        periodStart: '2020-07-11',
        periodEnd: '2020-07-12',
        figures: [
          { participants: 1_221, province: { code: '79', name: 'Hồ Chí Minh', validTo: '2025-06-30' } },
          { participants: 1_152, province: { code: '74', name: 'Bình Dương', validTo: '2025-06-30' } },
        ],
      },
    ]);
    // Nothing was recorded against today's unit itself; the old units keep their own figures.
    expect(result.data?.ownOnly.participationFigures).toEqual([]);
    expect(result.data?.oldCity.participationTotals.map((total) => total.participants)).toEqual([1_221]);
    expect(result.data?.binhDuong.participationTotals.map((total) => total.participants)).toEqual([1_152]);
  });

  it('refuses an implausible year, naming it', async () => {
    const result = await api.graphql('{ province(code: "79") { participationFigures(year: 26) { participants } } }');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
