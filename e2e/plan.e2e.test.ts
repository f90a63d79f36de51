import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

type Forecast = { achieved: number; projected: number; low: number; high: number; requiredMonthlyPace: number | null };
type PlanAnswer = {
  province: { targets: { scheme: string; target: { totalParticipants: number; forecast: Forecast | null } }[] };
  stalledAgreements: { ward: { name: string } }[];
};

/** What the API answers the signed-in director, asked from the page with its own cookies. */
function planFromApi(page: Page): Promise<PlanAnswer> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          province(code: "79") { targets(year: 2026) { scheme target { totalParticipants forecast { achieved projected low high requiredMonthlyPace } } } }
          stalledAgreements(provinceCode: "79") { ward { name } }
        }`,
      }),
    });
    return ((await response.json()) as { data: PlanAnswer }).data;
  });
}

const vietnamese = new Intl.NumberFormat('vi-VN');

describe('the plan page (issue 17 items 1, 2, 4) in Chromium, on the demo data', () => {
  const running = appInChromium();

  it("shows a director Ho Chi Minh City's 2026 forecasts, stalled agreements and weekly signings", async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' }).waitFor();
    // The navigation offers directors the page too.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch năm' }).getAttribute('href')).toBe(
      '/plan',
    );

    // From the dashboard's summary, a plain link.
    await page.getByTestId('plan-link').click();
    await page.waitForURL((url) => url.pathname === '/provinces/79/plan');
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch năm — Thành phố Hồ Chí Minh' }).waitFor();
    const api = await planFromApi(page);

    // Each 2026 target with its forecast, in Vietnamese number format, on its own chart.
    await page.getByRole('heading', { level: 2, name: 'Dự báo chỉ tiêu năm 2026' }).waitFor();
    expect(api.province.targets.length).toBeGreaterThan(0);
    for (const { scheme, target } of api.province.targets) {
      const card = page.getByTestId(`forecast-${scheme}`);
      await card.waitFor();
      expect(target.forecast).not.toBeNull();
      const forecast = target.forecast!;
      const text = await card.textContent();
      expect(text).toContain(
        `Đã đạt ${vietnamese.format(forecast.achieved)} / chỉ tiêu ${vietnamese.format(target.totalParticipants)}`,
      );
      expect(text).toContain(
        `Dự kiến ngày 31/12: ${vietnamese.format(forecast.projected)} (khoảng 80%: ${vietnamese.format(forecast.low)} – ${vietnamese.format(forecast.high)})`,
      );
      // The pace still needed, or that the target is behind them (never "0 more people a month").
      expect(text).toContain(
        forecast.requiredMonthlyPace === 0
          ? 'Đã đạt chỉ tiêu; nhịp hiện tại'
          : `Cần thêm ${vietnamese.format(forecast.requiredMonthlyPace!)} người mỗi tháng`,
      );
      // The chart drew its lines, the band and the target line.
      const chart = card.getByRole('img', { name: /Biểu đồ .* năm 2026/ });
      await chart.locator('.recharts-reference-line').waitFor({ state: 'attached' });
      expect(await chart.locator('.recharts-line').count()).toBe(2);
      expect(await chart.locator('.recharts-area').count()).toBe(1);
    }

    // The stalled agreements: as many rows as the API lists (the demo has some), with their wards.
    expect(api.stalledAgreements.length).toBeGreaterThan(0);
    const stalled = page.getByTestId('stalled-agreements');
    await stalled.waitFor();
    const wards = await stalled.locator('tbody tr td:first-child').allTextContents();
    expect(wards).toEqual(api.stalledAgreements.map((row) => row.ward.name));
    expect(await page.getByText(`${api.stalledAgreements.length} thỏa thuận đang mở`).count()).toBe(1);
    // Each links to its agreement.
    expect(await stalled.locator('tbody tr a').first().getAttribute('href')).toMatch(/^\/agreements\/.+/);

    // Signings per week: the summary sentence and the chart's bars.
    await page.getByRole('heading', { level: 2, name: 'Tiến độ ký theo tuần' }).waitFor();
    expect(await page.getByTestId('over-time-summary').textContent()).toMatch(
      /^Từ .+: [\d.]+ lượt ký; còn 12 trên 168 phường, xã chưa có thỏa thuận đã ký\.$/,
    );
    const weekly = page.getByRole('img', { name: /số lượt ký mỗi tuần/ });
    await weekly.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await weekly.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await weekly.locator('.recharts-line').waitFor({ state: 'attached' });

    // 360 px: the page does not scroll sideways once the charts have followed the new width.
    await page.setViewportSize(VIEWPORTS.phone);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 })
      .toBeLessThanOrEqual(360);
    await saveScreenshots(page, 'plan-director');

    // The navigation's `/plan` leads to the director's own province's plan.
    await page.goto(`${running.app.url}/plan`);
    await page.waitForURL((url) => url.pathname === '/provinces/79/plan');
    await page.getByTestId('stalled-agreements').waitFor();

    // In English: the headings, the pace and the numbers' format change.
    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Year plan — Ho Chi Minh City' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Target forecast for 2026' }).waitFor();
    const english = new Intl.NumberFormat('en-US');
    for (const { scheme, target } of api.province.targets) {
      const text = await page.getByTestId(`forecast-${scheme}`).textContent();
      expect(text).toContain(
        `Achieved ${english.format(target.forecast!.achieved)} of a target of ${english.format(target.totalParticipants)}`,
      );
    }
    await page.getByRole('heading', { level: 2, name: 'Stalled agreements' }).waitFor();
    await saveScreenshots(page, 'plan-director-english');
    await page.close();
  });
});
