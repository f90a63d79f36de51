import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { startApp, type RunningApp } from './start-app.js';

export type AppInChromium = { readonly app: RunningApp; readonly browser: Browser };

/**
 * The real app on a fresh demo database, and Chromium, started once for a test file's tests and
 * stopped after them. Read `app` and `browser` inside tests: they exist once `beforeAll` has run.
 */
export function appInChromium(): AppInChromium {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get app() {
      if (!app) throw new Error('The app is not running: use it inside a test');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use it inside a test');
      return browser;
    },
  };
}
