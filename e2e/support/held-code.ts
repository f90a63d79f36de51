import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VIEWPORTS } from './browser.js';
import { type LandingPage, signInOverApi } from './first-visit.js';

/** How long a chunk is held back at most: a request that never leaves must not hang the test. */
const LONGEST_HOLD_MS = 5000;

export type HeldCodeVisit = {
  context: BrowserContext;
  page: Page;
  /** The GraphQL operations the page asked for, in order (their `operationName`). */
  operations: string[];
  /** Whether `operation` was asked for while the code was held back (undefined: never requested). */
  askedBeforeCode: () => boolean | undefined;
};

/**
 * A cold visit (signed in over the API, empty cache, no service worker) on a phone-sized page, with
 * the scripts matching `codeGlob` held back until the page has asked for `operation` (issue 15):
 * what a page asks must not wait for a lazy chunk's code. Navigate `page` yourself.
 */
export async function coldVisitHoldingCode(
  browser: Browser,
  baseUrl: string,
  role: LandingPage['role'],
  codeGlob: string,
  operation: string,
): Promise<HeldCodeVisit> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
  await signInOverApi(context, baseUrl, role);
  const page = await context.newPage();
  const operations: string[] = [];
  let asked = () => {};
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  page.on('request', (request) => {
    const name = new URL(request.url()).searchParams.get('operationName');
    if (name) operations.push(name);
    if (name === operation) asked();
  });
  let askedBeforeCode: boolean | undefined;
  await page.route(codeGlob, async (route) => {
    askedBeforeCode = await Promise.race([
      askedPromise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), LONGEST_HOLD_MS)),
    ]);
    await route.continue();
  });
  return { context, page, operations, askedBeforeCode: () => askedBeforeCode };
}
