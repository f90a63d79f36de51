import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { BUDGETS, LANDING_PAGES, measureLandingPage, scriptAndStyleBudget } from './support/first-visit.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Issue 15's first-visit budget, once per landing page, measured as `pnpm perf:web` does (a phone
 * profile in Chromium, cold then warm). The bytes are deterministic and fail the test when over
 * budget; the times depend on this shared machine's load, so they are reported, never asserted
 * (`pnpm perf:web` repeats the runs and reports medians).
 */
describe('the first visit of each landing page, on a phone profile', () => {
  const running = appInChromium();

  for (const landing of LANDING_PAGES) {
    it(`${landing.role} ${landing.path}: at most ${kb(scriptAndStyleBudget(landing))} of JavaScript and CSS`, async () => {
      const measured = await measureLandingPage(running.browser, running.app.url, landing);
      console.log(
        `[perf] ${landing.role} ${landing.path}: JS+CSS ${kb(measured.cold.scriptAndStyleBytes)}, ` +
          `all ${kb(measured.cold.totalBytes)}; ${landing.mainContent} after ${seconds(measured.cold.mainVisibleMs)} ` +
          `cold, ${seconds(measured.warm.mainVisibleMs)} warm visible (${measured.warm.lastScreenShown ? "the last screen's copy" : 'no copy shown'}), ` +
          `${seconds(measured.warm.mainLiveMs)} warm live, ${seconds(measured.throughSignIn.mainVisibleMs)} ` +
          `through the sign-in page (budgets ${seconds(BUDGETS.coldVisibleMs)} / ${seconds(BUDGETS.warmVisibleMs)}, not asserted)`,
      );
      expect(measured.cold.scriptAndStyleBytes).toBeGreaterThan(50 * 1024);
      expect(measured.cold.scriptAndStyleBytes).toBeLessThanOrEqual(scriptAndStyleBudget(landing));
      // The repeat visit comes from the caches: no script or style crosses the network again.
      expect(measured.warm.scriptAndStyleBytes).toBe(0);
      // The repeat visit shows the last screen kept on the device, then the live page.
      expect(measured.warm.lastScreenShown).toBe(true);
      expect(measured.warm.mainLiveMs).toBeGreaterThanOrEqual(measured.warm.mainVisibleMs);
    }, 240_000);
  }
});
