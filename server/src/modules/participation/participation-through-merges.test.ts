import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Target } from '../targets/target.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { Publication } from './publication.entity.js';
import { createMergedUnits } from '../../test-support/merged-units.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Total = { participants: number; periodEnd: string; figures: { participants: number; ward: { code: string } }[] };

/** Figures and targets of old units, reached and summed through the units that replaced them (made-up units). */
describe.each(testDialects)('figures and targets through merged units, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect, { seedDemoData: false });
    const em = api.database.orm.em.fork();
    await createMergedUnits(em);
    const ward = (code: string, validTo: string | null) => em.findOneOrFail(Ward, { code, validTo });
    const [a, b, e, mot] = await Promise.all([
      ward('92001', '2025-06-30'),
      ward('92002', '2025-06-30'),
      ward('93003', '2025-06-30'),
      ward('92101', null),
    ]);
    const [old92, old93] = await Promise.all([
      em.findOneOrFail(Province, { code: '92', validTo: '2025-06-30' }),
      em.findOneOrFail(Province, { code: '93' }),
    ]);
    const source = em.create(Publication, { title: 'Báo cáo tháng', publisher: 'Test' });
    const stock = {
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE' as const,
      measure: 'PARTICIPANTS_AT_PERIOD_END' as const,
      source,
    };
    const may = { periodStart: '2025-05-01', periodEnd: '2025-05-31' };
    em.create(ParticipationFigure, { ...stock, ...may, ward: a, participants: 30, recordedAt: new Date('2025-06-02') });
    // A correction of Phường Cũ A's May figure: it replaces the first in sums, and both stay recorded.
    em.create(ParticipationFigure, { ...stock, ...may, ward: a, participants: 35, recordedAt: new Date('2025-06-09') });
    em.create(ParticipationFigure, { ...stock, ...may, ward: b, participants: 20 });
    em.create(ParticipationFigure, {
      ...stock,
      ward: mot,
      periodStart: '2025-09-01',
      periodEnd: '2025-09-30',
      participants: 60,
    });
    const launch = { periodStart: '2020-07-11', periodEnd: '2020-07-12', measure: 'ENROLLED_IN_PERIOD' as const };
    em.create(ParticipationFigure, { ...stock, ...launch, province: old92, participants: 100 });
    em.create(ParticipationFigure, { ...stock, ...launch, province: old93, participants: 50 });
    em.create(Target, { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2025, ward: a, totalParticipants: 70, source });
    // Xã Cũ E was split among three new wards: its target is reached from each of them.
    em.create(Target, { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2025, ward: e, totalParticipants: 40, source });
    await em.flush();
  });
  afterAll(async () => {
    await api.close();
  });

  it('sums the old wards’ figures under the ward formed from them, per period, saying where each part came from', async () => {
    const result = await api.graphql<{
      today: { participationTotals: Total[]; participationFigures: unknown[] };
      oldA: { participationTotals: Total[]; participationFigures: { participants: number }[] };
    }>(`{
      today: ward(code: "92101") {
        participationTotals(year: 2025) { participants periodEnd figures { participants ward { code } } }
        participationFigures(year: 2025) { participants }
      }
      oldA: ward(code: "92001", asOf: "2025-06-30") {
        participationTotals(year: 2025) { participants periodEnd figures { participants ward { code } } }
        participationFigures(year: 2025) { participants }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.today.participationTotals).toEqual([
      {
        participants: 35 + 20,
        periodEnd: '2025-05-31',
        figures: [
          { participants: 35, ward: { code: '92001' } },
          { participants: 20, ward: { code: '92002' } },
        ],
      },
      { participants: 60, periodEnd: '2025-09-30', figures: [{ participants: 60, ward: { code: '92101' } }] },
    ]);
    expect(result.data?.today.participationFigures).toEqual([{ participants: 60 }]);
    // The old ward as it was: both recorded figures kept, the later one counted.
    expect(result.data?.oldA.participationFigures.map((figure) => figure.participants).sort()).toEqual([30, 35]);
    expect(result.data?.oldA.participationTotals).toEqual([
      { participants: 35, periodEnd: '2025-05-31', figures: [{ participants: 35, ward: { code: '92001' } }] },
    ]);
  });

  it('sums old provinces’ figures under the new province that reuses one’s code, chosen by the day asked', async () => {
    const result = await api.graphql<Record<string, { participationTotals: { participants: number }[] }>>(`{
      today: province(code: "92") { participationTotals(year: 2020) { participants } }
      before: province(code: "92", asOf: "2020-07-12") { participationTotals(year: 2020) { participants } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['today']?.participationTotals).toEqual([{ participants: 150 }]);
    expect(result.data?.['before']?.participationTotals).toEqual([{ participants: 100 }]);
  });

  it('lists the targets of a ward and of the wards merged into it, each on the ward it was set for', async () => {
    type Progress = {
      achievedParticipants: number | null;
      target: { totalParticipants: number; ward: { code: string } };
    };
    const result = await api.graphql<Record<string, { targets: Progress[] }>>(`{
      mot: ward(code: "92101") { targets(year: 2025) { achievedParticipants target { totalParticipants ward { code } } } }
      ba: ward(code: "92103") { targets(year: 2025) { target { ward { code } } } }
      bon: ward(code: "92104") { targets(year: 2025) { target { ward { code } } } }
      hai: ward(code: "92102") { targets(year: 2025) { target { ward { code } } } }
    }`);
    expect(result.errors).toBeUndefined();
    // Achieved from the old ward's own figures, its later May figure counting.
    expect(result.data?.['mot']?.targets).toEqual([
      { achievedParticipants: 35, target: { totalParticipants: 70, ward: { code: '92001' } } },
    ]);
    expect(result.data?.['ba']?.targets).toEqual([{ target: { ward: { code: '93003' } } }]);
    expect(result.data?.['bon']?.targets).toEqual([{ target: { ward: { code: '93003' } } }]);
    expect(result.data?.['hai']?.targets).toEqual([]);
  });
});
