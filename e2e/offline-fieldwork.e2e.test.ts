import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { APP_DATABASES } from './support/start-app.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** Gò Vấp awaits signatures in the demo: the People's Committee has signed, the agency and post office not yet. */
const GO_VAP = '26884';
/** Bình Khánh is being drafted in the demo. */
const BINH_KHANH = '27667';
/** This machine is shared: give the app time to answer. */
const POLL = { timeout: 15_000 };

/** A coordinator's phone: a fresh context with the service worker allowed (Playwright's default, said here on purpose). */
async function phoneContext(running: ReturnType<typeof appInChromium>): Promise<BrowserContext> {
  return running.browser.newContext({
    viewport: VIEWPORTS.phone,
    locale: 'vi-VN',
    hasTouch: true,
    serviceWorkers: 'allow',
  });
}

/** Waits until the service worker controls the page, so a reload without a network is answered from its cache. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 30_000 });
}

/**
 * Waits until the app has written `needle` into its cache on the device (Graphcache's IndexedDB),
 * which it does at the first idle moment after an answer (at most about a second later): the page
 * must not be left before then, or the write started as it unloads may be cut off, as a person
 * closing the app within a second of an answer would lose it too.
 */
async function keptOnDevice(page: Page, needle: string): Promise<void> {
  await page.waitForFunction(
    async (text) => {
      // Only look at a cache the app has made: opening a missing one would create it without its stores.
      const names = (await indexedDB.databases()).map((database) => database.name);
      if (!names.includes('tripartite-graphcache-v1')) return false;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tripartite-graphcache-v1');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!database.objectStoreNames.contains('entries')) return false;
        const days = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return JSON.stringify(days).includes(text);
      } finally {
        database.close();
      }
    },
    needle,
    { timeout: 30_000, polling: 250 },
  );
}

async function api<T>(request: APIRequestContext, baseUrl: string, query: string, variables = {}): Promise<T> {
  const response = await request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`The API refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type AgreementFacts = {
  agreement: { id: string; version: number; status: string; signatories: { party: string; signedOn: string | null }[] };
};

/**
 * For a wait that failed: the error with what the page said, so a rare failure explains itself
 * (offline, this page once said "not for your role" where the workspace was expected, and once
 * kept a write refused with CONFLICT after the network returned).
 */
function explainWithPage(page: Page) {
  return async (error: Error): Promise<never> => {
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '(the page could not be read)');
    throw new Error(`${error.message}\nThe page said:\n${text.slice(0, 2_000)}`, { cause: error });
  };
}

type Delivery = { clientWriteId: string; copies: number };

/**
 * Sends every `recordSignature` the page makes to the server twice, one copy after the other, and
 * gives the page the second copy's answer: a duplicated delivery, which the write's
 * `clientWriteId` must make harmless (the second copy is answered as the first, not CONFLICT).
 */
async function deliverEachSignatureTwice(page: Page): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as {
      query?: string;
      variables?: { input?: { clientWriteId?: string } };
    } | null;
    if (route.request().method() !== 'POST' || !body?.query?.includes('recordSignature')) return route.fallback();
    const delivery = { clientWriteId: String(body.variables?.input?.clientWriteId), copies: 0 };
    deliveries.push(delivery);
    await route.fetch();
    delivery.copies++;
    const second = await route.fetch();
    delivery.copies++;
    await route.fulfill({ response: second });
  });
  return deliveries;
}

/** Opens the ward's current agreement from its ward page; returns its id. */
async function openCurrentAgreement(page: Page, wardCode: string): Promise<string> {
  await page.goto(new URL(`/wards/${wardCode}`, page.url()).toString());
  await page
    .getByRole('region', { name: /Thỏa thuận hiện tại/ })
    .getByRole('link', { name: /^Mở thỏa thuận/ })
    .click();
  await page.waitForURL(/\/agreements\/[^/#]+/);
  await page.getByRole('heading', { level: 1, name: /^Thỏa thuận ba bên/ }).waitFor();
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

describe.each(APP_DATABASES)(
  'field work without a network: the app opens offline, writes wait on the phone and are applied once, on %s',
  (database) => {
    const running = appInChromium({ database });

    it('opens the workspace offline after a reload, queues two signatures, applies each once when back online though delivered twice', async () => {
      const context = await phoneContext(running);
      const page = await context.newPage();
      await openSignedIn(page, `${running.app.url}/workspace`, DEMO_ACCOUNTS.coordinator);
      await page.getByTestId(`workspace-ward-${GO_VAP}`).waitFor();
      await controlledByServiceWorker(page);
      await keptOnDevice(page, `"${GO_VAP}"`);
      // The coordinator opens Gò Vấp's agreement while still online: it is kept on the phone.
      const agreementId = await openCurrentAgreement(page, GO_VAP);
      await page.getByTestId('signatory-PEOPLES_COMMITTEE').waitFor();
      // The signatories' names are read by the agreement page only (the workspace reads the parties).
      const committeeSigner = await page.getByTestId('signatory-PEOPLES_COMMITTEE').locator('p').nth(1).textContent();
      await keptOnDevice(page, committeeSigner!);
      const before = await api<AgreementFacts>(
        page.request,
        running.app.url,
        'query ($id: ID!) { agreement(id: $id) { id version status signatories { party signedOn } } }',
        { id: agreementId },
      );

      // No network: a reload still opens the app (service worker) and the workspace (IndexedDB).
      await context.setOffline(true);
      await page.goto(`${running.app.url}/workspace`);
      await page.getByRole('heading', { level: 1, name: 'Công việc của bưu điện' }).waitFor();
      await page.getByTestId(`workspace-ward-${GO_VAP}`).waitFor().catch(explainWithPage(page));
      await saveScreenshots(page, 'offline-workspace');

      // Two signatures recorded without a network wait on the phone, said plainly.
      await page.getByRole('link', { name: 'Ghi nhận chữ ký: Phường Gò Vấp' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Thỏa thuận ba bên · Phường Gò Vấp' }).waitFor();
      await page.getByRole('button', { name: 'Ghi nhận Cơ quan Bảo hiểm xã hội đã ký hôm nay' }).tap();
      await page.getByTestId('signature-waiting-SOCIAL_INSURANCE_AGENCY').waitFor();
      await page.getByRole('button', { name: 'Ghi nhận Bưu điện đã ký hôm nay' }).tap();
      await page.getByTestId('signature-waiting-POST_OFFICE').waitFor();
      await expect
        .poll(() => page.getByTestId('pending-writes').textContent(), POLL)
        .toContain('2 thay đổi đang chờ gửi');
      await saveScreenshots(page, 'offline-agreement-waiting');

      // Kept across a reload (IndexedDB), still without a network.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Thỏa thuận ba bên · Phường Gò Vấp' }).waitFor();
      await expect
        .poll(() => page.getByTestId('pending-writes').textContent(), POLL)
        .toContain('2 thay đổi đang chờ gửi');

      // Back online, every signature reaches the server twice (as a network repeating a request, or
      // a resend after a lost answer, would deliver it), and the page gets the second copy's answer.
      const deliveries = await deliverEachSignatureTwice(page);
      // Sent in order, each applied once; the page shows them signed, none refused.
      await context.setOffline(false);
      // Within one send that gets no answer (the app gives up on it after 20 s, offline-writes.ts)
      // and the retry 10 s later (offline-writes-status.tsx): once in a CI run (2026-12-05, on
      // PostgreSQL) the queue was still waiting at 30 s with the page connected again.
      await page
        .getByTestId('pending-writes')
        .waitFor({ state: 'detached', timeout: 45_000 })
        .catch(explainWithPage(page));
      await expect
        .poll(() => page.getByTestId('signatory-POST_OFFICE').textContent(), { timeout: 15_000 })
        .toContain('Ngày ký');
      expect(await page.getByTestId('waiting-writes').count()).toBe(0);
      // Each queued write went out twice, with the same id: the route really duplicated them.
      expect(deliveries.length).toBeGreaterThanOrEqual(2);
      for (const delivery of deliveries) expect(delivery.copies).toBe(2);
      expect(new Set(deliveries.map((delivery) => delivery.clientWriteId)).size).toBe(deliveries.length);
      const after = await api<AgreementFacts>(
        page.request,
        running.app.url,
        'query ($id: ID!) { agreement(id: $id) { id version status signatories { party signedOn } } }',
        { id: agreementId },
      );
      expect(after.agreement.signatories.filter((entry) => entry.signedOn)).toHaveLength(3);
      expect(after.agreement.version).toBe(before.agreement.version + 2);

      // The director reads the audit trail: one record for each signature, no more.
      const director = await running.browser.newContext();
      await openSignedIn(await director.newPage(), `${running.app.url}/`, DEMO_ACCOUNTS.director);
      const audit = await api<{
        auditRecords: { nodes: { action: string; after: { signatories?: unknown } | null }[] };
      }>(
        director.request,
        running.app.url,
        'query ($id: String!) { auditRecords(first: 50, filter: { entityType: "Agreement", entityId: $id }) { nodes { action after } } }',
        { id: agreementId },
      );
      expect(audit.auditRecords.nodes.filter((record) => record.action === 'agreement.recordSignature')).toHaveLength(
        2,
      );
      await director.close();
      await context.close();
    }, 120_000);

    it('an offline change to an agreement someone else changed meanwhile shows the CONFLICT panel and keeps the note', async () => {
      const context = await phoneContext(running);
      const page = await context.newPage();
      await openSignedIn(page, `${running.app.url}/workspace`, DEMO_ACCOUNTS.coordinator);
      await page.getByTestId(`workspace-ward-${BINH_KHANH}`).waitFor();
      const agreementPath = `/agreements/${await openCurrentAgreement(page, BINH_KHANH)}`;

      // Offline, the coordinator sends the draft for signatures with a note: it waits on the phone.
      await context.setOffline(true);
      const note = page.getByRole('textbox', { name: 'Ghi chú' });
      await note.fill('UBND xã đã nhận bản cuối, hẹn ký thứ Hai');
      await page.getByRole('button', { name: 'Gửi các bên ký' }).tap();
      await expect
        .poll(() => page.getByTestId('pending-writes').textContent(), POLL)
        .toContain('1 thay đổi đang chờ gửi');

      // Meanwhile the director, online, sends it for signatures themself.
      const director = await running.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
      const directorPage = await director.newPage();
      await openSignedIn(directorPage, `${running.app.url}${agreementPath}`, DEMO_ACCOUNTS.director);
      await directorPage.getByRole('button', { name: 'Gửi các bên ký' }).click();
      await expect.poll(() => directorPage.getByTestId('agreement-status').textContent(), POLL).toBe('Chờ ký');

      // Back online, the waiting change is refused: the CONFLICT panel, never a silent overwrite.
      await context.setOffline(false);
      const conflict = page.getByTestId('conflict-notice');
      await conflict.waitFor({ timeout: 30_000 });
      expect(await conflict.textContent()).toContain('hiện ở trạng thái Chờ ký');
      expect(await page.getByTestId('waiting-writes').textContent()).toContain(
        'UBND xã đã nhận bản cuối, hẹn ký thứ Hai',
      );
      expect(await note.inputValue()).toBe('UBND xã đã nhận bản cuối, hẹn ký thứ Hai');
      await expect.poll(() => page.getByTestId('agreement-status').textContent(), POLL).toBe('Chờ ký');
      await expect.poll(() => page.getByTestId('pending-writes').textContent(), POLL).toContain('bị máy chủ từ chối');
      await conflict.scrollIntoViewIfNeeded();
      await saveScreenshots(page, 'offline-conflict');

      // The history has the director's change only: nothing was overwritten.
      const history = page.getByRole('list', { name: 'Lịch sử trạng thái' });
      expect(await history.textContent()).not.toContain('hẹn ký thứ Hai');
      await director.close();
      await context.close();
    }, 120_000);
  },
);
