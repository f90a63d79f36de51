import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { Publication } from '../participation/publication.entity.js';

type Place = {
  name: string;
  location: { latitude: number; longitude: number; asOf: string; source: { publisher: string } } | null;
  areaKm2: { squareKilometres: number } | null;
  population: { inhabitants: number; asOf: string } | null;
};
type Population = {
  inhabitants: number;
  wardsCounted: number;
  wardsWithoutFigure: number;
  sources: { title: string }[];
};

const PLACE =
  'name location { latitude longitude asOf source { publisher } } areaKm2 { squareKilometres } population { inhabitants asOf }';

/** The demo loads Ho Chi Minh City's real seats and 2025 mapping through the imports. */
describe.each(testDialects)('where wards are and how many live there, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    const em = api.database.orm.em.fork();
    const city = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const benThanh = await em.findOneOrFail(Ward, { code: '26743', validTo: null });
    const source = em.create(Publication, { title: 'Báo cáo thử', publisher: 'Test' });
    const figure = {
      source,
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE' as const,
    };
    em.create(ParticipationFigure, {
      ...figure,
      measure: 'PARTICIPANTS_AT_PERIOD_END',
      province: city,
      participants: 1_454_493,
    });
    em.create(ParticipationFigure, {
      ...figure,
      measure: 'PARTICIPANTS_AT_PERIOD_END',
      ward: benThanh,
      participants: 7_188,
    });
    // A flow: never set against a population.
    em.create(ParticipationFigure, { ...figure, measure: 'ENROLLED_IN_PERIOD', ward: benThanh, participants: 300 });
    await em.flush();
  });
  afterAll(() => api.close());

  it('gives a reused code its old meaning before 1 July 2025 and its new one since, with the seat of today’s', async () => {
    const result = await api.graphql<{
      before: Place & { validTo: string; successors: { name: string }[] };
      today: Place;
    }>(`{
      before: ward(code: "26740", asOf: "2025-06-30") { ${PLACE} validTo successors { name } }
      today: ward(code: "26740") { ${PLACE} }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.before).toMatchObject({
      name: 'Bến Nghé',
      validTo: '2025-06-30',
      location: null,
      population: null,
    });
    expect(result.data?.before.successors).toEqual([{ name: 'Sài Gòn' }]);
    expect(result.data?.today).toEqual({
      name: 'Sài Gòn',
      location: {
        latitude: 10.7805,
        longitude: 106.704,
        asOf: '2025-07-01',
        source: { publisher: 'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam' },
      },
      areaKm2: { squareKilometres: 3.04 },
      population: { inhabitants: 47_022, asOf: '2025-07-01' },
    });
  });

  it('places all 168 units of the city and sums their 14,544,929 inhabitants', async () => {
    const result = await api.graphql<{ province: { wards: Place[]; population: Population } }>(`{
      province(code: "79") { wards { ${PLACE} } population { inhabitants wardsCounted wardsWithoutFigure sources { title } } }
    }`);
    expect(result.errors).toBeUndefined();
    const { wards, population } = result.data!.province;
    expect(wards).toHaveLength(168);
    expect(
      wards.filter((ward) => ward.location && ward.location.latitude > 8 && ward.location.latitude < 12),
    ).toHaveLength(168);
    expect(population).toMatchObject({ inhabitants: 14_544_929, wardsCounted: 168, wardsWithoutFigure: 0 });
    expect(population.sources).toHaveLength(1);
  });

  it('reads the city’s wards before 1 July 2025 as the 273 real ones, with no population recorded for them', async () => {
    const result = await api.graphql<{ province: { wards: { code: string }[]; population: Population | null } }>(`{
      province(code: "79", asOf: "2025-06-30") { wards { code } population { inhabitants } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.province.wards).toHaveLength(273);
    expect(result.data?.province.population).toBeNull();
  });

  it('sums the population of the twelve wards lacking a signed agreement', async () => {
    const result = await api.graphql<{
      province: {
        signingProgress: { totalWards: number; signed: number; populationLackingSignedAgreement: Population };
      };
    }>(`{
      province(code: "79") {
        signingProgress { totalWards signed populationLackingSignedAgreement { inhabitants wardsCounted wardsWithoutFigure } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const progress = result.data!.province.signingProgress;
    expect(progress.totalWards - progress.signed).toBe(12);
    // Bến Thành 71,875 + Gò Vấp 110,850 + … + Hiệp Phước 67,754 (the demo's twelve, from the seats file).
    expect(progress.populationLackingSignedAgreement).toEqual({
      inhabitants: 863_760,
      wardsCounted: 12,
      wardsWithoutFigure: 0,
    });
  });

  it('gives participants per 1,000 inhabitants for people covered, not for people enrolled', async () => {
    const result = await api.graphql<{
      province: { participationRates: { perThousandInhabitants: number; inhabitants: number; participants: number }[] };
      ward: {
        participationRates: { scheme: string; perThousandInhabitants: number; participantsSource: { title: string } }[];
      };
    }>(`{
      province(code: "79") { participationRates(year: 2027) { perThousandInhabitants inhabitants participants } }
      ward(code: "26743") { participationRates(year: 2027, scheme: HOUSEHOLD_HEALTH_INSURANCE) { scheme perThousandInhabitants participantsSource { title } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.province.participationRates).toEqual([
      { perThousandInhabitants: 100, inhabitants: 14_544_929, participants: 1_454_493 },
    ]);
    // 7,188 of Bến Thành's 71,875 inhabitants.
    expect(result.data?.ward.participationRates).toEqual([
      {
        scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
        perThousandInhabitants: 100,
        participantsSource: { title: 'Báo cáo thử' },
      },
    ]);
  });

  it('reads the locations of a whole city in a constant number of statements', async () => {
    const selects = async (fields: string) => {
      statements.length = 0;
      const result = await api.graphql(`{ province(code: "79") { wards { code ${fields} } } }`);
      expect(result.errors).toBeUndefined();
      return statements.filter((statement) => /\bselect\b/i.test(statement)).length;
    };
    const without = await selects('');
    // One for the seats of all 168 wards, one for their sources.
    expect(await selects(PLACE)).toBeLessThanOrEqual(without + 2);
  });
});
