import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** The dashboard's table of wards lacking a signed agreement, and the names it lists. */
const lackingTable = (page: Page) => page.getByRole('table', { name: /chưa có thỏa thuận ba bên đã ký/ });
const lackingNames = (page: Page) => lackingTable(page).locator('tbody tr td:nth-child(2)').allTextContents();

describe('the admin app in Chromium, on the demo data, signed in', () => {
  const running = appInChromium();

  it("lists Ho Chi Minh City's wards with their Vietnamese names, in the bundled Vietnamese font", async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.viewer);
    await page.getByRole('link', { name: /Thành phố Hồ Chí Minh/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/provinces\/79$/);

    // The previous page stays on screen until the new one has rendered: wait for the new heading.
    const heading = page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' });
    await heading.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // The province's dashboard (features/dashboard): 168 units, the 12 lacking an agreement listed.
    await page.getByText('156 / 168 đơn vị đã ký', { exact: false }).waitFor();
    // The table is a lazy chunk of its own: the counts can be on screen before its rows.
    await expect.poll(() => lackingNames(page)).toHaveLength(12);
    const names = await lackingNames(page);
    expect(names.slice(0, 3)).toEqual(['Bến Thành', 'Bình Châu', 'Bình Khánh']);
    expect(names).toContain('Côn Đảo');

    // The glyphs are drawn with Be Vietnam Pro, served by the app itself, not a fallback font.
    const loadedRanges = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === 'Be Vietnam Pro' && face.status === 'loaded')
        .map((face) => face.unicodeRange);
    });
    // The Vietnamese subset (U+1EA0–1EF9: ế, ả, ầ …) was needed by the page and loaded.
    expect(loadedRanges.some((range) => /U\+1EA0-1EF9/i.test(range))).toBe(true);

    const files = await saveScreenshots(page, 'province-79-wards');
    expect(files.every((file) => existsSync(file))).toBe(true);
    await page.close();
  });

  it('lists the 12 wards that still lack a signed agreement, with their status', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    // Ho Chi Minh City's wards are the director's own: the person who would ask this.
    await openSignedIn(page, `${running.app.url}/provinces/79`, DEMO_ACCOUNTS.director);
    await expect.poll(() => lackingNames(page)).toHaveLength(12);
    const statuses = await lackingTable(page).locator('tbody tr td:nth-child(4)').allTextContents();
    expect(statuses).not.toContain('Đã ký');
    expect(statuses.filter((status) => status === 'Chờ ký')).toHaveLength(5);
    await saveScreenshots(page, 'province-79-lacking');
    await page.close();
  });

  it('finds a ward typed without diacritics', async () => {
    const page = await running.browser.newPage();
    await openSignedIn(page, `${running.app.url}/provinces/79`, DEMO_ACCOUNTS.viewer);
    await lackingTable(page).waitFor();
    await page.getByRole('searchbox').fill('ben thanh');
    await expect.poll(() => lackingNames(page)).toEqual(['Bến Thành']);
    await page.close();
  });

  it('shows a clear message for a province code that does not exist', async () => {
    const page = await running.browser.newPage();
    await openSignedIn(page, `${running.app.url}/provinces/99`, DEMO_ACCOUNTS.viewer);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không tìm thấy');
    await page.close();
  });
});
