import { todayInVietnam } from '@tripartite/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WARDS_LACKING } from '../../db/seeders/demo/ho-chi-minh-city-agreements.seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type OverTime = {
  since: string;
  totalWards: number;
  weeks: { weekStart: string; signings: number; wardsLacking: number }[];
};

describe.each(testDialects)('Province.signingOverTime, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('replays the demo drive week by week, from its first draft to this week', async () => {
    const result = await api.graphql<{ province: { signingOverTime: OverTime } }>(
      `{ province(code: "79") { signingOverTime { since totalWards weeks { weekStart signings wardsLacking } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { since, totalWards, weeks } = result.data!.province.signingOverTime;
    // The first agreements were drafted on Monday 7 July 2025.
    expect(since).toBe('2025-07-07');
    expect(totalWards).toBe(168);
    expect(weeks[0]).toEqual({ weekStart: '2025-07-07', signings: 0, wardsLacking: 168 });
    for (let index = 1; index < weeks.length; index++) {
      const gap = Date.parse(weeks[index]!.weekStart) - Date.parse(weeks[index - 1]!.weekStart);
      expect(gap).toBe(7 * 86_400_000);
    }
    const today = todayInVietnam();
    expect(weeks.at(-1)!.weekStart <= today).toBe(true);
    expect(Date.parse(today) - Date.parse(weeks.at(-1)!.weekStart)).toBeLessThan(7 * 86_400_000);
    // 156 signed and in effect, plus the terminated and the expired one that were signed first.
    expect(weeks.reduce((sum, week) => sum + week.signings, 0)).toBe(158);
    // Today: the twelve wards the demo leaves without a signed agreement.
    expect(weeks.at(-1)!.wardsLacking).toBe(Object.keys(DEMO_WARDS_LACKING).length);
    // Before the termination in March 2026 and the expiry, fewer lacked than today.
    expect(Math.min(...weeks.map((week) => week.wardsLacking))).toBe(10);
  });
});
