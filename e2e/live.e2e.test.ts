import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { countLackingOnDashboard } from './support/lacking-count.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** Gò Vấp awaits signatures in the demo: the People's Committee has signed, the other two not yet. */
const GO_VAP = '26884';

describe('live updates', () => {
  const running = appInChromium();

  it('the director’s list goes from 12 to 11 without navigating when a coordinator signs elsewhere', async () => {
    const director = await running.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    const directorPage = await director.newPage();
    await openSignedIn(directorPage, `${running.app.url}/`, DEMO_ACCOUNTS.director);
    expect(await countLackingOnDashboard(directorPage)).toBe(12);
    await expect
      .poll(() => directorPage.getByTestId('live-indicator').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('live');
    const pageLoads: string[] = [];
    directorPage.on('framenavigated', (frame) => {
      if (frame === directorPage.mainFrame()) pageLoads.push(frame.url());
    });

    const coordinator = await running.browser.newContext({
      viewport: VIEWPORTS.phone,
      locale: 'vi-VN',
      hasTouch: true,
    });
    const phone = await coordinator.newPage();
    await openSignedIn(phone, `${running.app.url}/wards/${GO_VAP}`, DEMO_ACCOUNTS.coordinator);
    await phone
      .getByRole('region', { name: /Thỏa thuận hiện tại/ })
      .getByRole('link', { name: /^Mở thỏa thuận/ })
      .click();
    await phone.getByRole('heading', { level: 1, name: /^Thỏa thuận ba bên/ }).waitFor();
    await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
    await phone.getByRole('button', { name: 'Xác nhận đã ký đủ' }).tap();
    await expect.poll(() => phone.getByTestId('agreement-status').textContent()).toBe('Đã ký');

    // No reload, no navigation: the count and the table follow the commit.
    await expect.poll(() => directorPage.getByTestId('lacking-count').textContent(), { timeout: 5_000 }).toBe('11');
    expect(pageLoads).toEqual([]);
    await director.close();
    await coordinator.close();
  }, 120_000);
});
