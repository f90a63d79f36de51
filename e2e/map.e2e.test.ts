import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

const map = (page: Page) => page.getByTestId('ward-map');
const markers = (page: Page) => map(page).locator('a[data-ward-code]');

/** A marker's dot and its tap target as drawn, in screen pixels, whatever the drawing's scale. */
async function markerSizes(page: Page, code: string): Promise<{ dot: number; target: number }> {
  // The circles' own geometry (getBoundingClientRect), without the dot's 1.5-px white rim.
  const widthOf = (selector: string) =>
    page.locator(`a[data-ward-code="${code}"] ${selector}`).evaluate((circle) => circle.getBoundingClientRect().width);
  return {
    dot: Math.round(await widthOf('circle:last-of-type')),
    target: Math.round(await widthOf('circle:first-of-type')),
  };
}

async function openMap(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' }).waitFor();
  await page.getByText('Bản đồ', { exact: true }).click();
  await map(page).waitFor();
}

describe('the map of a city’s wards in Chromium, on the demo data', () => {
  const running = appInChromium();

  it('places the 168 seats, coloured and worded like the table, with the total population of the lacking wards', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    // No request leaves the machine: the map draws without tiles or any other network.
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(running.app.url)) outside.push(request.url());
    });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    // The lacking list's total: the twelve demo wards hold 863,760 inhabitants (seats file).
    expect(await page.getByTestId('lacking-population').textContent()).toBe('863.760 người');
    await openMap(page);
    expect(await markers(page).count()).toBe(168);
    expect(
      await markers(page)
        .locator('xpath=..')
        .first()
        .evaluate((svg) => svg.tagName),
    ).toBe('svg');
    expect(await page.locator('a[data-ward-code="26743"]').getAttribute('aria-label')).toBe('Bến Thành: Chờ ký');
    expect(await page.locator('a[data-ward-code="26740"]').getAttribute('aria-label')).toBe(
      'Sài Gòn: Đã ký, đang có hiệu lực',
    );
    const legend = page.getByRole('list', { name: 'Chú giải' });
    expect(await legend.textContent()).toContain('Chờ ký (5)');
    expect(await legend.textContent()).toContain('(156)');
    // In the table's workflow order, the signed wards last.
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      'Chưa triển khai (2)',
      'Đang soạn thảo (3)',
      'Chờ ký (5)',
      'Đã chấm dứt (1)',
      'Đã hết hạn (1)',
      'Đã ký, đang có hiệu lực (156)',
    ]);
    // Côn Đảo, 180 km out at sea, is drawn at the frame's edge and named there.
    expect(await page.locator('a[data-ward-code="26732"] text').textContent()).toBe('Côn Đảo');
    // A 12-px dot in a 24-px target, once the drawing has its size (not that of a 960-px frame).
    expect(await markerSizes(page, '26740')).toEqual({ dot: 12, target: 24 });
    await saveScreenshots(page, 'map-director');
    // In English too: the legend, the labels and the numbers change language.
    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('list', { name: 'Legend' }).waitFor();
    expect(await page.locator('a[data-ward-code="26743"]').getAttribute('aria-label')).toBe(
      'Bến Thành: Awaiting signatures',
    );
    await saveScreenshots(page, 'map-director-english');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'VI' }).click();
    await page.getByRole('list', { name: 'Chú giải' }).waitFor();

    // The table's search and status filter choose the markers too.
    await page.getByRole('combobox', { name: 'Tình trạng' }).selectOption({ label: 'Chờ ký' });
    await expect.poll(() => markers(page).count()).toBe(5);
    await page.getByRole('searchbox', { name: /Tìm phường, xã/ }).fill('ben thanh');
    await expect.poll(() => markers(page).count()).toBe(1);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('opens a ward from its marker, by a tap on a phone and by the keyboard', async () => {
    const page = await running.browser.newPage({
      viewport: VIEWPORTS.phone,
      locale: 'vi-VN',
      hasTouch: true,
      isMobile: true,
    });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    await openMap(page);
    expect(await markerSizes(page, '26743')).toEqual({ dot: 12, target: 24 });
    await page.locator('a[data-ward-code="26743"] circle').last().tap();
    await page.waitForURL((url) => url.pathname === '/wards/26743');
    await page.getByRole('heading', { level: 1, name: /Bến Thành/ }).waitFor();

    await page.goBack();
    await openMap(page);
    // Tab reaches the markers; Enter opens the focused one.
    const marker = page.locator('a[data-ward-code="26740"]');
    await marker.focus();
    expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/wards/26740');
    await page.getByRole('heading', { level: 1, name: /Sài Gòn/ }).waitFor();
    await page.close();
  });
});
