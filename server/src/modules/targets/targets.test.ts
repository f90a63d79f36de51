import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { Target } from './target.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Progress = {
  scheme: string;
  achievedParticipants: number | null;
  achievedOn: string | null;
  achievedBasis: string | null;
  wardsReporting: number | null;
  fractionReached: number | null;
  target: {
    totalParticipants: number;
    retainedParticipants: number | null;
    newParticipants: number | null;
    province: { code: string; validTo: string | null };
    source: { publisher: string };
  };
};

const TARGETS = `query ($year: Int!) {
  province(code: "79") {
    targets(year: $year) {
      scheme achievedParticipants achievedOn achievedBasis wardsReporting fractionReached
      target { totalParticipants retainedParticipants newParticipants province { code validTo } source { publisher } }
    }
  }
}`;

describe.each(testDialects)('targets and what has been achieved, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  async function targetsOf(year: number): Promise<Progress[]> {
    const result = await api.graphql<{ province: { targets: Progress[] } }>(TARGETS, { year });
    expect(result.errors).toBeUndefined();
    return result.data!.province.targets;
  }

  it("returns Ho Chi Minh City's 2024 targets as published, on the city as it was in 2024", async () => {
    const targets = await targetsOf(2024);
    expect(targets.map(({ scheme, target }) => ({ scheme, ...target }))).toEqual([
      {
        scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
        totalParticipants: 900_000,
        retainedParticipants: 812_465,
        newParticipants: 87_535,
        province: { code: '79', validTo: '2025-06-30' },
        source: { publisher: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' },
      },
      {
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        totalParticipants: 15_000,
        retainedParticipants: null,
        newParticipants: null,
        province: { code: '79', validTo: '2025-06-30' },
        source: { publisher: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' },
      },
    ]);
    // The demo's (made-up) monthly figures run through December 2024.
    expect(targets.every((progress) => progress.achievedOn === '2024-12-31')).toBe(true);
  });

  it('answers targets asked only for their own columns from plain rows exactly as from entities', async () => {
    // Only columns: plain objects (province-target-rows.ts); with `source`, the entities.
    const own = 'id scheme year totalParticipants retainedParticipants newParticipants version';
    const fields = `scheme year achievedParticipants achievedOn achievedBasis wardsReporting fractionReached`;
    for (const year of [2024, 2026]) {
      const plain = await api.graphql<{ province: { targets: object[] } }>(
        `query ($year: Int!) { province(code: "79") { targets(year: $year) { ${fields} target { ${own} } } } }`,
        { year },
      );
      const entity = await api.graphql<{ province: { targets: { target: { source: unknown } }[] } }>(
        `query ($year: Int!) { province(code: "79") { targets(year: $year) { ${fields} target { ${own} source { publisher } } } } }`,
        { year },
      );
      expect(plain.errors).toBeUndefined();
      expect(entity.errors).toBeUndefined();
      expect(entity.data!.province.targets.length).toBeGreaterThan(0);
      expect(plain.data!.province.targets).toEqual(
        entity.data!.province.targets.map(({ target: { source, ...target }, ...progress }) => {
          expect(source).toBeTruthy();
          return { ...progress, target };
        }),
      );
    }
  });

  it('computes achievement from the latest figure of the year: the unit’s own, else the sum over its wards', async () => {
    const em = api.database.orm.em.fork();
    const cityToday = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const cityIn2024 = await em.findOneOrFail(Province, { code: '79', validTo: '2025-06-30' });
    const [benThanh, conDao] = await Promise.all([
      em.findOneOrFail(Ward, { code: '26743', validTo: null }),
      em.findOneOrFail(Ward, { code: '26732', validTo: null }),
    ]);
    const source = em.create(Publication, { title: 'Test figures', publisher: 'Test' });
    const stock = { measure: 'PARTICIPANTS_AT_PERIOD_END' as const, source };
    // 2023 (a year without demo figures): the city's own monthly figures; the latest (December) counts, not their sum.
    for (const [month, participants] of [
      ['11', 11_000],
      ['12', 12_000],
    ] as const) {
      em.create(ParticipationFigure, {
        ...stock,
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        province: cityIn2024,
        periodStart: `2023-${month}-01`,
        periodEnd: `2023-${month}-${month === '11' ? '30' : '31'}`,
        participants,
      });
    }
    em.create(Target, {
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
      year: 2023,
      province: cityIn2024,
      totalParticipants: 15_000,
      source,
    });
    // 2029 (no demo target): only ward figures; the latest month is summed over the wards.
    em.create(Target, {
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      year: 2029,
      province: cityToday,
      totalParticipants: 1_000,
      source,
    });
    for (const [ward, month, participants] of [
      [benThanh, '09', 100],
      [conDao, '09', 50],
      [benThanh, '10', 300],
      [conDao, '10', 200],
    ] as const) {
      em.create(ParticipationFigure, {
        ...stock,
        scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
        ward,
        periodStart: `2029-${month}-01`,
        periodEnd: `2029-${month}-30`,
        participants,
      });
    }
    await em.flush();

    const voluntary2023 = (await targetsOf(2023)).find((progress) => progress.scheme === 'VOLUNTARY_SOCIAL_INSURANCE');
    expect(voluntary2023).toMatchObject({
      achievedParticipants: 12_000,
      achievedOn: '2023-12-31',
      fractionReached: 0.8,
    });
    const household2029 = await targetsOf(2029);
    expect(household2029).toHaveLength(1);
    expect(household2029[0]).toMatchObject({
      achievedParticipants: 500,
      achievedOn: '2029-10-30',
      fractionReached: 0.5,
    });
  });

  it('prefers the unit’s own figure for the same period, and of two figures for one period the one recorded last', async () => {
    const em = api.database.orm.em.fork();
    const cityToday = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const benThanh = await em.findOneOrFail(Ward, { code: '26743', validTo: null });
    const source = em.create(Publication, { title: 'Test figures 2027', publisher: 'Test' });
    const base = {
      measure: 'PARTICIPANTS_AT_PERIOD_END' as const,
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE' as const,
      source,
    };
    const period = { periodStart: '2027-03-01', periodEnd: '2027-03-31' };
    em.create(Target, {
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
      year: 2027,
      province: cityToday,
      totalParticipants: 20_000,
      source,
    });
    em.create(ParticipationFigure, {
      ...base,
      ...period,
      province: cityToday,
      participants: 9_000,
      recordedAt: new Date('2027-04-02T00:00:00Z'),
    });
    // A correction recorded later replaces the first figure; it is not added to it.
    em.create(ParticipationFigure, {
      ...base,
      ...period,
      province: cityToday,
      participants: 10_000,
      recordedAt: new Date('2027-04-05T00:00:00Z'),
    });
    // One ward's figure for the same period does not beat the city's own.
    em.create(ParticipationFigure, { ...base, ...period, ward: benThanh, participants: 70 });
    await em.flush();
    const progress = (await targetsOf(2027))[0];
    expect(progress).toMatchObject({
      achievedParticipants: 10_000,
      achievedOn: '2027-03-31',
      achievedBasis: 'UNIT_FIGURE',
      wardsReporting: null,
      fractionReached: 0.5,
    });
  });

  it('sums over the wards each ward’s figure recorded last for a period, once per ward', async () => {
    const em = api.database.orm.em.fork();
    const cityToday = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const [benThanh, conDao] = await Promise.all([
      em.findOneOrFail(Ward, { code: '26743', validTo: null }),
      em.findOneOrFail(Ward, { code: '26732', validTo: null }),
    ]);
    const source = em.create(Publication, { title: 'Test ward corrections 2031', publisher: 'Test' });
    em.create(Target, {
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
      year: 2031,
      province: cityToday,
      totalParticipants: 1_000,
      source,
    });
    const figure = (ward: Ward, month: string, participants: number, recordedAt: string) =>
      em.create(ParticipationFigure, {
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        source,
        ward,
        periodStart: `2031-${month}-01`,
        periodEnd: `2031-${month}-28`,
        participants,
        recordedAt: new Date(recordedAt),
      });
    figure(benThanh, '01', 40, '2031-02-01T00:00:00Z');
    figure(conDao, '02', 10, '2031-03-01T00:00:00Z');
    // Bến Thành's February, recorded, then corrected twice (the correction recorded last counts,
    // whatever order the rows were written in); the other scheme's figure is not counted.
    figure(benThanh, '02', 300, '2031-03-09T00:00:00Z');
    figure(benThanh, '02', 100, '2031-03-02T00:00:00Z');
    figure(benThanh, '02', 200, '2031-03-05T00:00:00Z');
    em.create(ParticipationFigure, {
      measure: 'PARTICIPANTS_AT_PERIOD_END',
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      source,
      ward: conDao,
      periodStart: '2031-02-01',
      periodEnd: '2031-02-28',
      participants: 9_999,
    });
    await em.flush();
    // The dashboard's selection (plain rows) and one with the target's source (entities).
    for (const progress of [
      (
        await api.graphql<{ province: { targets: Progress[] } }>(
          `{ province(code: "79") { targets(year: 2031) { achievedParticipants achievedOn achievedBasis wardsReporting fractionReached target { totalParticipants } } } }`,
        )
      ).data!.province.targets,
      await targetsOf(2031),
    ]) {
      expect(progress).toHaveLength(1);
      expect(progress[0]).toMatchObject({
        achievedParticipants: 310,
        achievedOn: '2031-02-28',
        achievedBasis: 'SUM_OF_WARD_FIGURES',
        wardsReporting: 2,
        fractionReached: 0.31,
      });
    }
  });

  it('finds targets through every merge, and answers for a unit and its successor in one request', async () => {
    const em = api.database.orm.em.fork();
    // Thừa Thiên Huế became Huế city on 1 January 2025, which became today's Huế on 1 July 2025.
    const thuaThienHue = await em.findOneOrFail(Province, { code: '46', validTo: '2024-12-31' });
    const source = em.create(Publication, { title: 'Test targets 2024', publisher: 'Test' });
    em.create(Target, {
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      year: 2024,
      province: thuaThienHue,
      totalParticipants: 4_000,
      source,
    });
    await em.flush();
    // Asked together with the units between: the answer must not depend on which row comes first.
    const result = await api.graphql<Record<string, { targets: { target: { totalParticipants: number } }[] }>>(`{
      hueCity: province(code: "46", asOf: "2025-03-01") { targets(year: 2024) { target { totalParticipants } } }
      hueToday: province(code: "46") { targets(year: 2024) { target { totalParticipants } } }
      thuaThienHue: province(code: "46", asOf: "2024-06-01") { targets(year: 2024) { target { totalParticipants } } }
      hcmcBefore: province(code: "79", asOf: "2024-06-01") { targets(year: 2024) { target { totalParticipants } } }
      hcmcToday: province(code: "79") { targets(year: 2024) { target { totalParticipants } } }
    }`);
    expect(result.errors).toBeUndefined();
    const totals = (key: string) => result.data![key]!.targets.map((progress) => progress.target.totalParticipants);
    expect(totals('hueCity')).toEqual([4_000]);
    expect(totals('hueToday')).toEqual([4_000]);
    expect(totals('thuaThienHue')).toEqual([4_000]);
    expect(totals('hcmcBefore')).toEqual([900_000, 15_000]);
    expect(totals('hcmcToday')).toEqual([900_000, 15_000]);
  });

  it('gives a ward its own targets and achievement', async () => {
    const em = api.database.orm.em.fork();
    const canGio = await em.findOneOrFail(Ward, { code: '27664', validTo: null });
    const source = em.create(Publication, { title: 'Ward targets 2028', publisher: 'Test' });
    em.create(Target, {
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      year: 2028,
      ward: canGio,
      totalParticipants: 800,
      retainedParticipants: 700,
      newParticipants: 100,
      source,
    });
    em.create(ParticipationFigure, {
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      measure: 'PARTICIPANTS_AT_PERIOD_END',
      ward: canGio,
      periodStart: '2028-06-01',
      periodEnd: '2028-06-30',
      participants: 600,
      source,
    });
    await em.flush();
    const result = await api.graphql<{ a: { targets: unknown[] }; b: { targets: unknown[] } }>(`{
      a: ward(code: "27664") { targets(year: 2028) { scheme achievedParticipants achievedBasis fractionReached target { newParticipants ward { name } } } }
      b: ward(code: "26743") { targets(year: 2028) { scheme } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.targets).toEqual([
      {
        scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
        achievedParticipants: 600,
        achievedBasis: 'UNIT_FIGURE',
        fractionReached: 0.75,
        target: { newParticipants: 100, ward: { name: 'Cần Giờ' } },
      },
    ]);
    expect(result.data?.b.targets).toEqual([]);
  });

  it('refuses a year that is not a plausible calendar year', async () => {
    const result = await api.graphql(TARGETS, { year: 24 });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
