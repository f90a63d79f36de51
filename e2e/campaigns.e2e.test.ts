import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** The cells of a row headed by `name` (province first, then the two schemes). */
async function rowCells(table: Locator, name: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
}

async function firstRowHeader(table: Locator): Promise<string> {
  return ((await table.locator('tbody th').first().textContent()) ?? '').trim();
}

describe('campaign results: the July 2020 launch by province', () => {
  const running = appInChromium();

  it('shows provinces with both schemes, the sum and both published totals, in Vietnamese then English', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop });
    await openSignedIn(page, `${running.app.url}/campaigns`, DEMO_ACCOUNTS.viewer);
    await page.getByRole('heading', { level: 1, name: 'Kết quả chiến dịch' }).waitFor();
    expect(await page.getByTestId('campaign-period').textContent()).toBe('Từ 11/07/2020 đến 12/07/2020');

    const table = page.getByTestId('campaign-table');
    await table.waitFor();
    // 24 provinces published a voluntary figure; 14 a household one; 28 in all.
    expect(await table.locator('tbody tr').count()).toBe(28);
    expect(await firstRowHeader(table)).toBe('Thanh Hóa');
    expect(await rowCells(table, 'Hồ Chí Minh')).toEqual(['Hồ Chí Minh', '1.221', '9.821']);
    expect(await rowCells(table, 'Sóc Trăng')).toEqual(['Sóc Trăng', '—', '2.774']);
    expect(await page.getByTestId('sum-voluntary').textContent()).toBe('18.703');
    expect(await page.getByTestId('sum-household').textContent()).toBe('42.609');
    await page.getByTestId('campaign-chart').locator('svg.recharts-surface').first().waitFor();

    // The national totals as published: both voluntary figures, each with its source.
    const totals = page.getByTestId('reported-totals');
    expect(await totals.getByTestId('reported-total').allTextContents()).toEqual(['30.269', '30.369', '58.803']);
    await totals.getByText('Các nguồn đưa ra 2 con số khác nhau cho BHXH tự nguyện: 30.269 / 30.369.').waitFor();
    await totals.getByText('Nguồn: Bảo hiểm xã hội Việt Nam', { exact: false }).first().waitFor();
    await totals.getByText('Nguồn: Báo chí trong nước', { exact: false }).waitFor();

    // Sorting by the province column: alphabetical in Vietnamese, announced through aria-sort.
    const provinceHeader = table.getByRole('columnheader', { name: /Tỉnh, thành phố/ });
    expect(await provinceHeader.getAttribute('aria-sort')).toBe('none');
    await provinceHeader.getByRole('button').click();
    expect(await provinceHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstRowHeader(table)).toBe('An Giang');
    await provinceHeader.getByRole('button').click();
    expect(await provinceHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await firstRowHeader(table)).toBe('Trà Vinh');
    // By the household figures, largest first.
    await table
      .getByRole('columnheader', { name: /BHYT hộ gia đình/ })
      .getByRole('button')
      .click();
    expect(await firstRowHeader(table)).toBe('Hồ Chí Minh');
    await saveScreenshots(page, 'campaigns-vietnamese');

    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Campaign results' }).waitFor();
    expect(await page.getByTestId('campaign-period').textContent()).toBe('From 11/07/2020 to 12/07/2020');
    expect(await rowCells(table, 'Ho Chi Minh')).toEqual(['Ho Chi Minh', '1,221', '9,821']);
    expect(await page.getByTestId('sum-voluntary').textContent()).toBe('18,703');
    expect(await totals.getByTestId('reported-total').allTextContents()).toEqual(['30,269', '30,369', '58,803']);
    await totals
      .getByText('Sources give 2 different figures for Voluntary social insurance: 30,269 / 30,369.')
      .waitFor();
    await saveScreenshots(page, 'campaigns-english');
    await page.close();
  });

  it('regroups the 2020 figures under today’s provinces', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.phone });
    await openSignedIn(page, `${running.app.url}/campaigns`, DEMO_ACCOUNTS.director);
    const table = page.getByTestId('campaign-table');
    await table.waitFor();
    const units = page.getByRole('radiogroup', { name: 'Đơn vị hành chính' });
    await units.getByText('Theo tỉnh hiện nay').click();
    await page.getByText('sau sắp xếp ngày 1/7/2025', { exact: false }).waitFor();
    // Bình Dương (1.152 and 5.365 in 2020) is part of today's Hồ Chí Minh.
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(28);
    const hoChiMinh = table.getByRole('row').filter({ hasText: 'Bình Dương' });
    expect((await hoChiMinh.locator('td').allTextContents()).map((text) => text.trim())).toEqual(['2.373', '15.186']);
    expect(await hoChiMinh.locator('th').textContent()).toContain('Hồ Chí Minh');
    // Regrouping moves figures, it does not change their sum.
    expect(await page.getByTestId('sum-voluntary').textContent()).toBe('18.703');
    expect(await page.getByTestId('sum-household').textContent()).toBe('42.609');
    await saveScreenshots(page, 'campaigns-current-provinces');
    await page.close();
  });
});
