import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { LANDING_PAGES, LAST_SCREEN_SELECTOR, signInOverApi } from './support/first-visit.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, submitSignIn } from './support/sign-in.js';

const DIRECTOR = LANDING_PAGES.find((landing) => landing.role === 'director')!;
const COORDINATOR = LANDING_PAGES.find((landing) => landing.role === 'coordinator')!;
const SAVED = `localStorage.getItem('tripartite.lastScreen') !== null`;

/**
 * A context without the service worker, so that `page.route` sees every request: the last screen
 * lives in localStorage and index.html, not in the service worker, and is shown the same either way.
 */
function contextFor(running: ReturnType<typeof appInChromium>, viewport: { width: number; height: number }) {
  return running.browser.newContext({ viewport, locale: 'vi-VN', serviceWorkers: 'block' });
}

/** Holds every script of the app until `release` is called: the page as it is before any module runs. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.unroute('**/assets/*.js');
  };
}

/** Opens `url` with its scripts held, until the document is parsed (index.html's own script has run, no module). */
async function parsedOnly(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(`document.readyState !== 'loading'`);
}

/** Opens the landing page signed in and waits until the device has kept its last screen. */
async function visitAndKeep(context: BrowserContext, url: string, selector: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  await page.waitForFunction(SAVED, undefined, { timeout: 20_000 });
  return page;
}

/**
 * Records, on every animation frame after the copy first showed, whether the page showed the copy,
 * the live content, or neither (a blank or spinner frame). A string: it runs in the page.
 */
function frameRecorder(selector: string): string {
  return `(() => {
    window.__frames = { copy: 0, live: 0, neither: 0, seen: false };
    const tick = () => {
      const copy = document.querySelector(${JSON.stringify(LAST_SCREEN_SELECTOR)});
      const live = !document.documentElement.hasAttribute('data-last-screen') && document.querySelector('#root ' + ${JSON.stringify(selector)});
      if (copy) window.__frames.seen = true;
      if (window.__frames.seen) window.__frames[copy ? 'copy' : live ? 'live' : 'neither']++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

describe('the last screen: a warm visit shows the landing page as last seen while the app starts', () => {
  const running = appInChromium();

  it("shows the director's dashboard from the device before any module runs, inert, then the live page in its place", async () => {
    const context = await contextFor(running, VIEWPORTS.phone);
    try {
      await signInOverApi(context, running.app.url, 'director');
      const url = `${running.app.url}${DIRECTOR.path}`;
      const first = await visitAndKeep(context, url, DIRECTOR.selector);
      const kept = (await first.evaluate(`localStorage.getItem('tripartite.lastScreen')`)) as string;
      // Every style the copy carries says what it says (see app/layout.tsx: a shorthand and a side together serialize with blanks).
      expect(kept).not.toMatch(/:\s*;/);
      expect(kept.length).toBeLessThan(100_000);
      await first.close();

      const page = await context.newPage();
      await page.addInitScript(frameRecorder(DIRECTOR.selector));
      const release = await holdScripts(page);
      await parsedOnly(page, url);
      const copy = page.locator(LAST_SCREEN_SELECTOR);
      // No module has run: #root is empty, and the copy is what shows.
      expect(await page.evaluate(`document.getElementById('root').childElementCount`)).toBe(0);
      const copiedRows = copy.locator(DIRECTOR.selector);
      expect(await copiedRows.count()).toBeGreaterThan(3);
      expect(await copiedRows.first().isVisible()).toBe(true);
      expect(await copy.getAttribute('aria-hidden')).toBe('true');
      expect(await copy.evaluate((element) => (element as HTMLElement).inert)).toBe(true);
      // It does not claim to be live: its copy of the live indicator is hidden, its place kept.
      expect(await copy.getByTestId('live-indicator').count()).toBe(1);
      expect(await copy.getByTestId('live-indicator').isVisible()).toBe(false);
      // Screen readers do not read it, and a tap on one of its links goes nowhere.
      expect(await page.getByRole('heading', { name: 'Thành phố Hồ Chí Minh' }).count()).toBe(0);
      const link = copy.locator(`${DIRECTOR.selector} a`).first();
      const box = (await link.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe('/');

      await release();
      await copy.waitFor({ state: 'detached', timeout: 30_000 });
      // Exactly one list on the page, the live one, shown; no frame without either since the copy showed.
      const rows = page.locator(DIRECTOR.selector);
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await page.locator(`#root ${DIRECTOR.selector}`).count()).toBe(await rows.count());
      expect(await rows.first().isVisible()).toBe(true);
      expect(await page.evaluate(`document.documentElement.hasAttribute('data-last-screen')`)).toBe(false);
      await page.getByRole('heading', { name: 'Thành phố Hồ Chí Minh' }).waitFor();
      const frames = (await page.evaluate('window.__frames')) as { copy: number; live: number; neither: number };
      expect(frames.copy).toBeGreaterThan(0);
      expect(frames.live).toBeGreaterThan(0);
      expect(frames.neither).toBe(0);
      // The live page's links work as ever.
      await rows.first().locator('a').click();
      await page.waitForURL((address) => address.pathname.startsWith('/wards/'));
    } finally {
      await context.close();
    }
  }, 120_000);

  it('never shows a copy after signing out, nor another account its predecessor’s; an ended session forgets it', async () => {
    const context = await contextFor(running, VIEWPORTS.desktop);
    try {
      await signInOverApi(context, running.app.url, 'director');
      const url = `${running.app.url}/`;
      const page = await visitAndKeep(context, url, DIRECTOR.selector);

      // Signing out forgets it; the next person signs in on the same device.
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL((address) => address.pathname === '/sign-in');
      expect(await page.evaluate(SAVED)).toBe(false);
      const signedOut = await context.newPage();
      let release = await holdScripts(signedOut);
      await parsedOnly(signedOut, url);
      expect(await signedOut.locator(LAST_SCREEN_SELECTOR).count()).toBe(0);
      await release();
      await signedOut.close();

      await submitSignIn(page, DEMO_ACCOUNTS.viewer, DEMO_PASSWORD);
      await page.waitForURL((address) => address.pathname === '/');
      await page.locator('main ul li a[href^="/provinces/"]').first().waitFor();
      const viewer = await context.newPage();
      release = await holdScripts(viewer);
      await parsedOnly(viewer, url);
      // The same address, another account: the director's list is never shown (the viewer's own copy may be).
      expect(await viewer.locator('section[aria-labelledby="lacking-heading"]').count()).toBe(0);
      await release();
      await viewer.close();
      await page.close();

      // The session ends on the server (here: the cookie goes); the device still has the viewer's copy.
      const again = await visitAndKeep(context, url, 'main ul li a[href^="/provinces/"]');
      await again.close();
      await context.clearCookies();
      const ended = await context.newPage();
      await ended.goto(url);
      await ended.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();
      expect(await ended.locator(LAST_SCREEN_SELECTOR).count()).toBe(0);
      expect(await ended.evaluate(SAVED)).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a copy saved by the coordinator is not shown on a wide screen, at another address, or in English', async () => {
    const context = await contextFor(running, VIEWPORTS.phone);
    try {
      await signInOverApi(context, running.app.url, 'coordinator');
      const url = `${running.app.url}${COORDINATOR.path}`;
      const first = await visitAndKeep(context, url, COORDINATOR.selector);
      await first.close();
      const shows = async (setUp: (page: Page) => Promise<void>, address = url) => {
        const page = await context.newPage();
        await setUp(page);
        const release = await holdScripts(page);
        await parsedOnly(page, address);
        const shown = (await page.locator(LAST_SCREEN_SELECTOR).count()) === 1;
        await release();
        await page.close();
        return shown;
      };
      expect(await shows(async () => undefined)).toBe(true);
      expect(await shows((page) => page.setViewportSize(VIEWPORTS.desktop))).toBe(false);
      expect(await shows(async () => undefined, `${running.app.url}/campaigns`)).toBe(false);
      // Last: the language stays chosen on the device.
      expect(
        await shows(
          async (page) => void (await page.addInitScript(`localStorage.setItem('tripartite.language', 'en')`)),
        ),
      ).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);
});
