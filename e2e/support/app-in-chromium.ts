import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { type AppDatabase, startApp, type RunningApp } from './start-app.js';

export type AppInChromium = { readonly app: RunningApp; readonly browser: Browser };

/**
 * The real app on a fresh demo database (SQLite unless told otherwise), and Chromium, started once
 * for a test file's (or a describe block's) tests and stopped after them. Read `app` and `browser`
 * inside tests: they exist once `beforeAll` has run.
 */
export function appInChromium(options: { database?: AppDatabase } = {}): AppInChromium {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(options);
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
