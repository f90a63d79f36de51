import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { countLackingOnDashboard, wardsLackingViaApi } from './support/lacking-count.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** Gò Vấp awaits signatures in the demo: the People's Committee has signed, the other two not yet. */
const GO_VAP = '26884';
/** Bình Khánh and Cần Giờ are being drafted in the demo. */
const BINH_KHANH = '27667';
const CAN_GIO = '27664';
/** Côn Đảo has never had an agreement. */
const CON_DAO = '26732';

/** Opens a ward's current agreement from its ward page, as a person would; returns the agreement's path. */
async function openCurrentAgreement(page: Page, wardCode: string): Promise<string> {
  await page.goto(new URL(`/wards/${wardCode}`, page.url()).toString());
  const current = page.getByRole('region', { name: /Thỏa thuận hiện tại/ });
  await current.getByRole('link', { name: /^Mở thỏa thuận/ }).click();
  await page.waitForURL(/\/agreements\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: /^Thỏa thuận ba bên/ }).waitFor();
  return new URL(page.url()).pathname;
}

describe('fieldwork: the coordinator workspace, agreement pages and conflicts', () => {
  const running = appInChromium();

  it('a coordinator on a phone advances a ward to SIGNED in a few taps; the director, in another context, sees 11 lacking', async () => {
    // The director has the dashboard's list open before anything changes (12 lacking), and
    // follows Gò Vấp's link from it to the ward page.
    const director = await running.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    const directorPage = await director.newPage();
    await openSignedIn(directorPage, `${running.app.url}/`, DEMO_ACCOUNTS.director);
    expect(await countLackingOnDashboard(directorPage)).toBe(12);
    await directorPage.getByRole('link', { name: 'Gò Vấp', exact: true }).click();
    await directorPage.getByRole('heading', { level: 1, name: 'Phường Gò Vấp' }).waitFor();
    expect(await directorPage.getByTestId('ward-signing-status').textContent()).toBe('Chờ ký');
    expect(await wardsLackingViaApi(directorPage.request, running.app.url, '79')).toHaveLength(12);
    await saveScreenshots(directorPage, 'fieldwork-ward-before');

    const coordinator = await running.browser.newContext({
      viewport: VIEWPORTS.phone,
      locale: 'vi-VN',
      hasTouch: true,
    });
    const phone = await coordinator.newPage();
    await openSignedIn(phone, `${running.app.url}/workspace`, DEMO_ACCOUNTS.coordinator);
    await phone.getByRole('heading', { level: 1, name: 'Công việc của bưu điện' }).waitFor();
    await phone.getByRole('checkbox', { name: 'Chỉ đơn vị cần xử lý (12)', checked: true }).waitFor();
    // The closest to signed come first: awaiting signatures (record them), then drafting, then not started.
    const firstActions = await phone
      .locator('[data-testid^="workspace-ward-"] a')
      .evaluateAll((links) => links.map((link) => link.textContent));
    expect(firstActions).toHaveLength(12);
    expect(firstActions.slice(0, 5)).toEqual(Array(5).fill('Ghi nhận chữ ký'));
    expect(firstActions.slice(5, 8)).toEqual(Array(3).fill('Gửi các bên ký'));
    expect(firstActions.slice(8)).toEqual(Array(4).fill('Bắt đầu soạn thỏa thuận'));
    // Nothing is wider than the phone: cards, not a table.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshots(phone, 'fieldwork-workspace');

    // Search without diacritics, then the card's action: one tap to the agreement.
    await phone.getByRole('searchbox', { name: /Tìm phường, xã/ }).fill('go vap');
    await expect.poll(() => phone.getByTestId('workspace-shown').textContent()).toBe('1 / 168 đơn vị');
    await phone.getByRole('link', { name: 'Ghi nhận chữ ký: Phường Gò Vấp' }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Thỏa thuận ba bên · Phường Gò Vấp' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // It lands on the signatures, in view, the first missing one focused for the next tap.
    const firstMissing = phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' });
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 })
      .toBe('Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay');
    const box = await firstMissing.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= VIEWPORTS.phone.height).toBe(true);
    await saveScreenshots(phone, 'fieldwork-agreement-awaiting');

    // Two taps record the two missing signatures, a third confirms the agreement signed (effective today).
    await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
    const confirm = phone.getByRole('button', { name: 'Xác nhận đã ký đủ' });
    await confirm.tap();
    await expect.poll(() => phone.getByTestId('agreement-status').textContent()).toBe('Đã ký');
    const timeline = phone.getByRole('list', { name: 'Lịch sử trạng thái' });
    await expect.poll(() => timeline.getByRole('listitem').last().textContent()).toContain('Chờ ký → Đã ký');
    await saveScreenshots(phone, 'fieldwork-agreement-signed');

    // The workspace updates without a reload: 11 left, Gò Vấp no longer among them.
    await phone.getByRole('button', { name: /menu/i }).tap();
    await phone.getByRole('link', { name: 'Công việc' }).tap();
    await phone.getByRole('checkbox', { name: 'Chỉ đơn vị cần xử lý (11)' }).waitFor();
    expect(await phone.getByTestId(`workspace-ward-${GO_VAP}`).count()).toBe(0);

    // The director, in their own session, sees it without a reload: the ward page after following
    // a link and coming back, then the dashboard's list after navigating back to it: 11.
    await directorPage
      .getByRole('link', { name: /^Mở thỏa thuận/ })
      .first()
      .click();
    await directorPage.getByRole('heading', { level: 1, name: /^Thỏa thuận ba bên/ }).waitFor();
    await directorPage.goBack();
    await expect
      .poll(() => directorPage.getByTestId('ward-signing-status').textContent())
      .toBe('Đã ký, đang có hiệu lực');
    await saveScreenshots(directorPage, 'fieldwork-ward-after');
    await directorPage.goBack();
    await expect.poll(() => directorPage.getByTestId('lacking-count').textContent()).toBe('11');
    expect(await directorPage.getByRole('link', { name: 'Gò Vấp', exact: true }).count()).toBe(0);
    await saveScreenshots(directorPage, 'fieldwork-dashboard-after');
    const lacking = await wardsLackingViaApi(directorPage.request, running.app.url, '79');
    expect(lacking).toHaveLength(11);
    expect(lacking).not.toContain(GO_VAP);

    await coordinator.close();
    await director.close();
    // Two sessions and a dozen steps: over a minute when the shared machine is busy.
  }, 120_000);

  it('two sessions change the same agreement: one wins, the other sees the CONFLICT, keeps its note and retries', async () => {
    const first = await running.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    const second = await running.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN' });
    // The loser's phone has no live connection (a weak network drops its WebSocket): it cannot
    // hear the winner's change, so it writes on the version it showed, as before live updates.
    await second.routeWebSocket(/\/graphql$/, (socket) => socket.close());
    const winner = await first.newPage();
    const loser = await second.newPage();
    await openSignedIn(winner, `${running.app.url}/wards/${BINH_KHANH}`, DEMO_ACCOUNTS.coordinator);
    await openSignedIn(loser, `${running.app.url}/wards/${BINH_KHANH}`, DEMO_ACCOUNTS.director);
    const path = await openCurrentAgreement(winner, BINH_KHANH);
    expect(await openCurrentAgreement(loser, BINH_KHANH)).toBe(path);
    const versionShown = await loser.getByTestId('agreement-version').textContent();

    // The loser types a note; it survives a reload (kept as a draft on the device).
    const loserNote = loser.getByRole('textbox', { name: 'Ghi chú' });
    await loserNote.fill('UBND xã đề nghị dừng để rà soát lại điểm thu');
    await loser.reload();
    await expect.poll(() => loserNote.inputValue()).toBe('UBND xã đề nghị dừng để rà soát lại điểm thu');
    expect(await loser.getByTestId('agreement-version').textContent()).toBe(versionShown);

    // The winner sends the draft for signatures.
    await winner.getByRole('textbox', { name: 'Ghi chú' }).fill('Đã gửi UBND xã và BHXH');
    await winner.getByRole('button', { name: 'Gửi các bên ký' }).click();
    await expect.poll(() => winner.getByTestId('agreement-status').textContent()).toBe('Chờ ký');

    // The loser, still on the old version, terminates: the server answers CONFLICT.
    await loser.getByRole('button', { name: 'Chấm dứt thỏa thuận' }).click();
    const conflict = loser.getByTestId('conflict-notice');
    await conflict.waitFor();
    const message = await conflict.textContent();
    expect(message).toContain('hiện ở trạng thái Chờ ký');
    expect(message).toMatch(/phiên bản \d+/);
    // … and who made it: the winner, a coordinator (from the server's answer or, until it names
    // them, from the refreshed history).
    await expect.poll(() => conflict.textContent()).toContain('Điều phối viên Bưu điện TP.HCM (demo)');
    expect(await loserNote.inputValue()).toBe('UBND xã đề nghị dừng để rà soát lại điểm thu');
    // The page was refreshed behind the message: it shows the winner's change.
    await expect.poll(() => loser.getByTestId('agreement-status').textContent()).toBe('Chờ ký');
    expect(await winner.getByTestId('conflict-notice').count()).toBe(0);
    await conflict.scrollIntoViewIfNeeded();
    expect(await loser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshots(loser, 'fieldwork-conflict');

    // Retry sends the same note against the new version, and succeeds.
    await conflict.getByRole('button', { name: 'Gửi lại với thay đổi của tôi' }).click();
    await expect.poll(() => loser.getByTestId('agreement-status').textContent()).toBe('Đã chấm dứt');
    expect(await loser.getByTestId('conflict-notice').count()).toBe(0);
    const timeline = loser.getByRole('list', { name: 'Lịch sử trạng thái' });
    expect(await timeline.getByRole('listitem').last().textContent()).toContain(
      'UBND xã đề nghị dừng để rà soát lại điểm thu',
    );
    // Saved, so the draft is gone: a reload shows the terminated agreement, with no note form.
    // The reload may first paint the device's cache from before the termination (its write, made
    // at the next idle moment or as the page unloads, can be cut off by the reload), then the
    // server's answer: wait for that, as a person would see it a moment later.
    await loser.reload();
    await expect.poll(() => loser.getByTestId('agreement-status').textContent()).toBe('Đã chấm dứt');
    expect(await loser.getByRole('textbox', { name: 'Ghi chú' }).count()).toBe(0);

    await first.close();
    await second.close();
  });

  it('keeps what was typed when the connection drops, and sends it once back online; a viewer gets no actions', async () => {
    const context = await running.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN' });
    const page = await context.newPage();
    await openSignedIn(page, `${running.app.url}/wards/${CAN_GIO}`, DEMO_ACCOUNTS.coordinator);
    const path = await openCurrentAgreement(page, CAN_GIO);
    const note = page.getByRole('textbox', { name: 'Ghi chú' });
    await note.fill('Gửi bản cuối cho các bên');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Gửi các bên ký' }).click();
    // Without a network the change waits on the phone (offline-fieldwork.e2e.test.ts goes further).
    await expect
      .poll(() => page.getByTestId('pending-writes').textContent(), { timeout: 15_000 })
      .toContain('1 thay đổi đang chờ gửi');
    expect(await note.inputValue()).toBe('Gửi bản cuối cho các bên');
    expect(await page.getByTestId('agreement-status').textContent()).toBe('Đang soạn thảo');
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('agreement-status').textContent(), { timeout: 30_000 }).toBe('Chờ ký');
    const timeline = page.getByRole('list', { name: 'Lịch sử trạng thái' });
    expect(await timeline.getByRole('listitem').last().textContent()).toContain('Gửi bản cuối cho các bên');

    // A ward with nothing under way: one tap starts a draft and opens it.
    await page.goto(`${running.app.url}/wards/${CON_DAO}`);
    await page.getByRole('heading', { level: 1, name: 'Đặc khu Côn Đảo' }).waitFor();
    // Starting asks first (nothing is created by a stray tap), then opens the new draft at its
    // first step: recording a signatory, with the focus in that form.
    await page.getByRole('button', { name: 'Bắt đầu soạn thỏa thuận…' }).click();
    const confirmStart = page.getByRole('dialog', { name: 'Tạo bản nháp thỏa thuận?' });
    expect(await confirmStart.textContent()).toContain('Đặc khu Côn Đảo');
    await confirmStart.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thỏa thuận ba bên · Đặc khu Côn Đảo' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-labelledby')), {
        timeout: 10_000,
      })
      .toBe('record-signatory');
    await expect.poll(() => page.getByTestId('agreement-status').textContent()).toBe('Đang soạn thảo');
    await context.close();

    const viewer = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    await openSignedIn(viewer, `${running.app.url}${path}`, DEMO_ACCOUNTS.viewer);
    await viewer.getByText('Bạn chỉ có quyền xem thỏa thuận này.').waitFor();
    expect(await viewer.getByRole('button', { name: /Gửi|Xác nhận|Chấm dứt|Trả về|Ghi nhận/ }).count()).toBe(0);
    // In English: the texts and the statuses of the timeline.
    await viewer.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await viewer.getByText('You can only view this agreement.').waitFor();
    const history = viewer.getByRole('list', { name: 'Status history' });
    expect(await history.getByRole('listitem').last().textContent()).toContain('Drafting → Awaiting signatures');
    await saveScreenshots(viewer, 'fieldwork-agreement-viewer-english');
    await viewer.close();
  });
});
