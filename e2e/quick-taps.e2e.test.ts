import type { APIResponse, BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppInChromium, appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';
import { APP_DATABASES } from './support/start-app.js';

/** Gò Vấp, Bến Thành and Vũng Tàu await signatures in the demo: the People's Committee has signed, the other two not yet. */
const GO_VAP = '26884';
const BEN_THANH = '26743';
const VUNG_TAU = '26506';

type SignatureSent = { party: string; expectedVersion: number };

/**
 * Holds the answer of the first `recordSignature` at the network layer: the server has recorded it
 * (the write went through), but the page hears nothing until `release()`. Notes what each
 * `recordSignature` named, in the order the server got them.
 */
async function holdFirstSignatureAnswer(page: Page) {
  const sent: SignatureSent[] = [];
  let arrived!: () => void;
  let release!: () => void;
  const firstArrived = new Promise<void>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/graphql$/, async (route: Route) => {
    const body = route.request().postDataJSON() as {
      operationName?: string;
      variables?: { input?: SignatureSent };
    } | null;
    if (body?.operationName !== 'RecordSignature' || !body.variables?.input) return route.continue();
    const { party, expectedVersion } = body.variables.input;
    sent.push({ party, expectedVersion });
    const response = await route.fetch();
    if (sent.length === 1) {
      arrived();
      await released;
    }
    await route.fulfill({ response });
  });
  return { sent, firstArrived, release };
}

/**
 * Holds every answer to the agreement page's reads (`Agreement`, and `AgreementReRead` after a
 * live event; sent as GET) from now on,
 * so that the test can hand them to the page in the order it chooses.
 */
async function holdAgreementQueries(page: Page) {
  const held: { route: Route; response: APIResponse }[] = [];
  await page.route(/\/graphql\?/, async (route: Route) => {
    const operation = new URL(route.request().url()).searchParams.get('operationName') ?? '';
    if (!['Agreement', 'AgreementReRead'].includes(operation)) return route.continue();
    held.push({ route, response: await route.fetch() });
  });
  return held;
}

async function openAgreementOf(page: Page, appUrl: string, wardCode: string, wardName: string): Promise<number> {
  await openSignedIn(page, `${appUrl}/wards/${wardCode}`, DEMO_ACCOUNTS.coordinator);
  await page.getByRole('link', { name: /^Mở thỏa thuận/ }).click();
  await page.getByRole('heading', { level: 1, name: `Thỏa thuận ba bên · ${wardName}` }).waitFor();
  return versionShown(page);
}

/**
 * A coordinator's phone. Without the service worker: these tests hold and fail the page's own
 * requests with `page.route`, which does not see requests a service worker makes.
 */
function phoneContext(running: AppInChromium) {
  return running.browser.newContext({
    viewport: VIEWPORTS.phone,
    locale: 'vi-VN',
    hasTouch: true,
    serviceWorkers: 'block',
  });
}

/**
 * Closes the phone's context once its routes have let go: a held read still being fetched when the
 * context closes rejects with "Request context disposed", an unhandled error that fails the run.
 */
async function closeRouted(context: BrowserContext, phone: Page) {
  await phone.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

async function versionShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('agreement-version').textContent()) ?? '';
  return Number(/phiên bản (\d+)/.exec(text)?.[1]);
}

describe.each(APP_DATABASES)('quick taps on an agreement, on %s', (database) => {
  const running = appInChromium({ database });

  it('records both signatures of two quick taps, in order, the second sent after the first answered with its version', async () => {
    const context = await phoneContext(running);
    const phone = await context.newPage();
    const before = await openAgreementOf(phone, running.app.url, GO_VAP, 'Phường Gò Vấp');
    const agreementPath = new URL(phone.url()).pathname;

    const network = await holdFirstSignatureAnswer(phone);
    await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
    await network.firstArrived;
    // The first is recorded on the server but its answer is held: the page still shows the old
    // version. The second tap is taken (not refused, not lost) and waits its turn.
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap({ timeout: 10_000 });
    const underWay = phone.getByTestId('writes-under-way');
    await expect.poll(() => underWay.textContent()).toContain('Đang lưu 2 thay đổi');
    expect(await versionShown(phone)).toBe(before);
    await saveScreenshots(phone, 'quick-taps-under-way');

    network.release();
    const confirm = phone.getByRole('button', { name: 'Xác nhận đã ký đủ' });
    await confirm.waitFor();
    expect(await versionShown(phone)).toBe(before + 2);
    expect(await underWay.textContent()).toBe('');
    expect(await phone.getByTestId('conflict-notice').count()).toBe(0);
    expect(await phone.getByTestId('write-failure').count()).toBe(0);
    // In the order tapped, the second naming the version the first one's answer gave.
    expect(network.sent).toEqual([
      { party: 'SOCIAL_INSURANCE_AGENCY', expectedVersion: before },
      { party: 'POST_OFFICE', expectedVersion: before + 1 },
    ]);

    // The database has both, as anyone reading it afresh sees: a reload asks the server again.
    await phone.unroute(/\/graphql$/);
    await phone.goto(`${running.app.url}${agreementPath}`);
    await confirm.waitFor();
    expect(await versionShown(phone)).toBe(before + 2);
    for (const party of ['SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE']) {
      expect(await phone.getByTestId(`signatory-${party}`).textContent()).toMatch(/Ngày ký: \d{2}\/\d{2}\/\d{4}/);
    }

    // The third tap confirms the agreement signed.
    await confirm.tap();
    await expect.poll(() => phone.getByTestId('agreement-status').textContent()).toBe('Đã ký');
    await closeRouted(context, phone);
  });

  it('shows the answer of each write at once, and no later answer about the agreement takes a signature away', async () => {
    const context = await phoneContext(running);
    const phone = await context.newPage();
    const before = await openAgreementOf(phone, running.app.url, BEN_THANH, 'Phường Bến Thành');

    // Whatever the page asks about the agreement after the writes is held back, and handed over
    // newest first: the order in which a busy server can answer.
    const held = await holdAgreementQueries(phone);
    const answered = (party: string) =>
      phone.waitForResponse((response) => {
        const body = response.request().postDataJSON() as { variables?: { input?: { party?: string } } } | null;
        return body?.variables?.input?.party === party;
      });
    const agency = answered('SOCIAL_INSURANCE_AGENCY');
    await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
    await agency;
    // The page shows the write's own answer: the new version, the agency's button gone.
    await expect.poll(() => versionShown(phone)).toBe(before + 1);
    expect(await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).count()).toBe(0);
    const postOffice = answered('POST_OFFICE');
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
    await postOffice;
    // Had the writes made the page ask again, the newest answer comes first and the page shows
    // it; then the older ones, read between the two writes, arrive late (a busy server does that).
    const newestFirst = held.reverse();
    for (const [index, { route, response }] of newestFirst.entries()) {
      await Promise.all([
        phone.waitForEvent('requestfinished', (request) => request === route.request()),
        route.fulfill({ response }),
      ]);
      await phone.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if (index === 0) await expect.poll(() => versionShown(phone)).toBe(before + 2);
    }

    await phone.getByRole('button', { name: 'Xác nhận đã ký đủ' }).waitFor();
    expect(await versionShown(phone)).toBe(before + 2);
    expect(await phone.getByTestId('signatory-POST_OFFICE').textContent()).toMatch(/Ngày ký: \d{2}\/\d{2}\/\d{4}/);
    await closeRouted(context, phone);
  });

  it('loses neither of two quick taps the server failed to answer: one "send again" sends both, in order', async () => {
    const context = await phoneContext(running);
    const phone = await context.newPage();
    const before = await openAgreementOf(phone, running.app.url, VUNG_TAU, 'Phường Vũng Tàu');
    // The server is reached but fails (a proxy's 503): not a missing network, so the writes do not
    // wait on the phone (offline-writes.ts); they fail, and the page offers to send them again.
    let failing = true;
    const sent: string[] = [];
    await phone.route(/\/graphql$/, async (route: Route) => {
      const body = route.request().postDataJSON() as { variables?: { input?: SignatureSent } } | null;
      const input = body?.variables?.input;
      if (!input?.party) return route.continue();
      if (failing) return route.fulfill({ status: 503, body: 'Service Unavailable' });
      sent.push(`${input.party}@${input.expectedVersion}`);
      return route.continue();
    });

    await phone.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
    await phone.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
    const failure = phone.getByTestId('write-failure');
    await failure.waitFor();
    await expect.poll(() => phone.getByTestId('writes-under-way').textContent()).toBe('');
    expect(await versionShown(phone)).toBe(before);

    failing = false;
    await failure.getByRole('button', { name: 'Gửi lại' }).tap();
    await phone.getByRole('button', { name: 'Xác nhận đã ký đủ' }).waitFor();
    expect(await versionShown(phone)).toBe(before + 2);
    expect(await phone.getByTestId('write-failure').count()).toBe(0);
    expect(sent).toEqual([`SOCIAL_INSURANCE_AGENCY@${before}`, `POST_OFFICE@${before + 1}`]);
    await closeRouted(context, phone);
  });
});
