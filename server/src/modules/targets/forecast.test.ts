import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMonthlySeries } from '../../db/seeders/demo/monthly-figures.seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { driftForecast } from './drift-forecast.js';

type Forecast = {
  asOf: string;
  achieved: number;
  projected: number;
  low: number;
  high: number;
  monthlyPace: number;
  requiredMonthlyPace: number | null;
  onTrack: boolean;
  method: string;
  monthly: { monthEnd: string; participants: number }[];
};
type Row = {
  scheme: string;
  achievedParticipants: number | null;
  target: { totalParticipants: number; forecast: Forecast | null };
};

const FORECASTS = `query ($year: Int!) {
  province(code: "79") {
    targets(year: $year) {
      scheme achievedParticipants
      target {
        totalParticipants
        forecast { asOf achieved projected low high monthlyPace requiredMonthlyPace onTrack method monthly { monthEnd participants } }
      }
    }
  }
}`;

describe('the drift method, worked by hand', () => {
  it('adds the average monthly gain for each month left, with an interval from the spread of the gains', () => {
    // Gains 10, 20, 10: drift 40/3; deviations −10/3, 20/3, −10/3 → variance (100+400+100)/9/2 = 33.3.
    const forecast = driftForecast([
      { month: 1, participants: 100 },
      { month: 2, participants: 110 },
      { month: 3, participants: 130 },
      { month: 4, participants: 140 },
    ])!;
    expect(forecast.achieved).toBe(140);
    expect(forecast.projected).toBe(Math.round(140 + (8 * 40) / 3));
    const spread = 1.2816 * Math.sqrt((600 / 9 / 2) * 8 * (1 + 8 / 3));
    expect(forecast.low).toBe(Math.round(140 + (8 * 40) / 3 - spread));
    expect(forecast.high).toBe(Math.round(140 + (8 * 40) / 3 + spread));
  });

  it('needs two months, and at December the projection is the figure itself', () => {
    expect(driftForecast([{ month: 5, participants: 10 }])).toBeNull();
    const december = driftForecast([
      { month: 11, participants: 10 },
      { month: 12, participants: 30 },
    ])!;
    expect([december.projected, december.low, december.high]).toEqual([30, 30, 30]);
  });
});

/**
 * The back-test documented in docs/forecast.md: on each complete year of the demo history, the
 * forecast of December made at the end of each month from March to November, against December.
 */
describe('back-test on the demo history', () => {
  it('forecasts December within a few percent, and the 80% interval holds December most of the time', () => {
    const results = demoMonthlySeries()
      .filter((series) => series.participants.length === 12)
      .flatMap((series) =>
        [3, 4, 5, 6, 7, 8, 9, 10, 11].map((cutoff) => {
          const forecast = driftForecast(
            series.participants.slice(0, cutoff).map((participants, index) => ({ month: index + 1, participants })),
          )!;
          const actual = series.participants[11]!;
          return {
            error: Math.abs(forecast.projected - actual) / actual,
            inside: forecast.low <= actual && actual <= forecast.high,
          };
        }),
      );
    const meanError = results.reduce((sum, result) => sum + result.error, 0) / results.length;
    const inside = results.filter((result) => result.inside).length;
    console.log(
      `back-test: ${results.length} forecasts, mean absolute error ${(meanError * 100).toFixed(2)}%, ${inside}/${results.length} inside the 80% interval`,
    );
    expect(results).toHaveLength(36);
    expect(meanError).toBeLessThan(0.02);
    expect(inside).toBeGreaterThanOrEqual(25);
  });
});

describe.each(testDialects)('Target.forecast on the demo data, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  async function rowsOf(year: number): Promise<Row[]> {
    const result = await api.graphql<{ province: { targets: Row[] } }>(FORECASTS, { year });
    expect(result.errors).toBeUndefined();
    return result.data!.province.targets;
  }

  it('projects 2026 to 31 December from January–November, beside what is achieved', async () => {
    const rows = await rowsOf(2026);
    expect(rows.map((row) => row.scheme).sort()).toEqual(['HOUSEHOLD_HEALTH_INSURANCE', 'VOLUNTARY_SOCIAL_INSURANCE']);
    for (const row of rows) {
      const forecast = row.target.forecast!;
      expect(forecast.method).toBe('DRIFT');
      expect(forecast.asOf).toBe('2026-11-30');
      expect(forecast.monthly).toHaveLength(11);
      expect(forecast.monthly[0]!.monthEnd).toBe('2026-01-31');
      // The same count as the target's achieved figure, and the last monthly point.
      expect(forecast.achieved).toBe(row.achievedParticipants);
      expect(forecast.monthly.at(-1)!.participants).toBe(forecast.achieved);
      expect(forecast.low).toBeLessThan(forecast.projected);
      expect(forecast.high).toBeGreaterThan(forecast.projected);
      // One month left: the whole shortfall in December.
      expect(forecast.requiredMonthlyPace).toBe(Math.max(0, row.target.totalParticipants - forecast.achieved));
      expect(forecast.onTrack).toBe(forecast.projected >= row.target.totalParticipants);
      const first = forecast.monthly[0]!.participants;
      expect(forecast.monthlyPace).toBeCloseTo((forecast.achieved - first) / 10, 1);
    }
  });

  it('a complete year projects its December figure, with no pace left to find', async () => {
    const rows = await rowsOf(2024);
    for (const row of rows) {
      const forecast = row.target.forecast!;
      expect(forecast.asOf).toBe('2024-12-31');
      expect(forecast.projected).toBe(forecast.achieved);
      expect(forecast.requiredMonthlyPace).toBeNull();
    }
  });

  it('has no forecast for a year without figures', async () => {
    const result = await api.graphql<{ province: { targets: Row[] } }>(FORECASTS, { year: 2027 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.province.targets).toEqual([]);
  });
});
