import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql, signInCookie } from './support/api-client.js';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { countLackingOnDashboard } from './support/lacking-count.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** Gò Vấp awaits signatures in the demo: the People's Committee has signed, the other two not yet. */
const GO_VAP = '26884';
/** Bến Thành too; the second test signs it, the first one Gò Vấp. */
const BEN_THANH = '26743';

/** Every navigation of the page's main frame from now on: a live page must see none. */
function navigationsOf(page: Page): string[] {
  const loads: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loads.push(frame.url());
  });
  return loads;
}

async function untilLive(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('live-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('live');
}

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
    await expect.poll(() => directorPage.getByTestId('lacking-count').textContent()).toBe('11');
    expect(pageLoads).toEqual([]);
    await director.close();
    await coordinator.close();
  }, 120_000);

  it('a coordinator’s agreement page shows a signature recorded elsewhere, and the next write names the new version; the workspace card follows', async () => {
    const base = running.app.url;
    // The coordinator's phone on the agreement, and their desktop on the workspace: two devices.
    const phoneContext = await running.browser.newContext({
      viewport: VIEWPORTS.phone,
      locale: 'vi-VN',
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await openSignedIn(phone, `${base}/wards/${BEN_THANH}`, DEMO_ACCOUNTS.coordinator);
    await phone
      .getByRole('region', { name: /Thỏa thuận hiện tại/ })
      .getByRole('link', { name: /^Mở thỏa thuận/ })
      .click();
    await phone.getByRole('heading', { level: 1, name: /^Thỏa thuận ba bên/ }).waitFor();
    const agreementId = new URL(phone.url()).pathname.split('/').at(-1)!;
    const desktopContext = await running.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    const workspace = await desktopContext.newPage();
    await openSignedIn(workspace, `${base}/workspace`, DEMO_ACCOUNTS.coordinator);
    // Every ward, not only those needing work: the card stays once its agreement is signed.
    await workspace.getByRole('checkbox', { name: /^Chỉ đơn vị cần xử lý/ }).uncheck();
    const card = workspace.getByTestId(`workspace-ward-${BEN_THANH}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Chờ ký');
    expect(await card.textContent()).toContain('Đã ký 1/3 bên');
    await untilLive(phone);
    await untilLive(workspace);
    const phoneLoads = navigationsOf(phone);
    const workspaceLoads = navigationsOf(workspace);
    const versionBefore = await phone.getByTestId('agreement-version').textContent();
    const agencySigns = phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' });
    expect(await agencySigns.count()).toBe(1);

    // Another session, the director's, records the agency's signature through the API.
    const director = await signInCookie(base, DEMO_ACCOUNTS.director);
    const current = await graphql<{ agreement: { version: number } }>(
      base,
      'query ($id: ID!) { agreement(id: $id) { version } }',
      { id: agreementId },
      director,
    );
    const version = current.body.data!.agreement.version;
    const signed = await graphql(
      base,
      `
        mutation ($input: RecordSignatureInput!) {
          recordSignature(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          agreementId,
          expectedVersion: version,
          party: 'SOCIAL_INSURANCE_AGENCY',
          name: 'Trần Minh Châu',
          title: 'Phó Giám đốc Bảo hiểm xã hội Thành phố Hồ Chí Minh',
          // Signed today: without a day the API only names the signatory, and the page rightly
          // still offers to record the signature.
          signedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        },
      },
      director,
    );
    expect(signed.body.errors).toBeUndefined();

    // The phone shows it without a reload: the signature, and the version after it.
    await expect.poll(() => agencySigns.count()).toBe(0);
    await expect.poll(() => card.textContent()).toContain('Đã ký 2/3 bên');
    expect(await phone.getByText('Trần Minh Châu').count()).toBeGreaterThan(0);
    expect(await phone.getByTestId('agreement-version').textContent()).not.toBe(versionBefore);
    expect(await phone.getByTestId('agreement-version').textContent()).toContain(String(version + 1));

    // The coordinator's next taps name that version: no CONFLICT, the agreement is signed.
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
    await phone.getByRole('button', { name: 'Xác nhận đã ký đủ' }).tap();
    await expect.poll(() => phone.getByTestId('agreement-status').textContent()).toBe('Đã ký');
    expect(await phone.getByTestId('conflict-notice').count()).toBe(0);

    // The workspace on the other device moves the card on, without navigating either.
    await expect.poll(() => card.textContent()).toContain('Đã ký, đang có hiệu lực');
    expect(phoneLoads).toEqual([]);
    expect(workspaceLoads).toEqual([]);
    await phoneContext.close();
    await desktopContext.close();
  }, 120_000);
});
