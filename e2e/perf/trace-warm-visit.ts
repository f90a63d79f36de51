/**
 * Where a warm repeat visit's time goes (issue 15's 1.5 s budget): one role's landing page is
 * visited cold (as `pnpm perf:web` does), then again warm with a Chromium performance trace
 * recorded under the same phone profile. Prints a timeline (navigation, each request with where it
 * was answered, script evaluation and compilation per file, long tasks, when the main content
 * appeared) and the main thread's time by kind of work; writes the trace to
 * `.reports/warm-visit-<role>-<run>.trace.json` for the DevTools Performance panel or
 * https://ui.perfetto.dev, and V8's sampled CPU profile of the same visit beside it.
 *
 *   pnpm exec tsx e2e/perf/trace-warm-visit.ts [--role coordinator] [--port 42000] [--runs 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.js';
import { coldContext, LANDING_PAGES, measureVisit, signInOverApi, throttle, watchFor } from '../support/first-visit.js';
import { startApp } from '../support/start-app.js';
import { summarizeTrace, type TraceEvent } from './trace-summary.js';

const REPORTS = resolve(import.meta.dirname, '..', '..', '.reports');
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'coordinator' },
    port: { type: 'string', default: '0' },
    runs: { type: 'string', default: '1' },
  },
});
const landing = LANDING_PAGES.find((page) => page.role === values.role);
if (!landing) throw new Error(`--role must be one of ${LANDING_PAGES.map((page) => page.role).join(', ')}`);

const app = await startApp({ port: Number(values.port) });
const browser = await launchChromium();
try {
  for (let run = 1; run <= Math.max(1, Number(values.runs) || 1); run++) {
    const context = await coldContext(browser);
    await signInOverApi(context, app.url, landing.role);
    const url = `${app.url}${landing.path}`;
    const { page: coldPage } = await measureVisit(context, url, landing.selector);
    await coldPage.evaluate('navigator.serviceWorker.ready');
    await coldPage.close();

    // The whole browser: the service worker and the network service are other processes.
    await browser.startTracing(undefined, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'blink.user_timing',
        'loading',
        'netlog',
        'ServiceWorker',
        'navigation',
        'toplevel',
      ],
    });
    // The warm visit, as measureVisit does it, with V8's sampling profiler running from the start.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.addInitScript(watchFor(landing.selector));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction('(window.__mainVisibleAt ?? -1) > 0', undefined, { timeout: 60_000, polling: 50 });
    const { profile } = await cdp.send('Profiler.stop');
    const warm = { page };
    const timeline = (await warm.page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => ({
        name: r.name.replace(location.origin, ''), start: Math.round(r.startTime),
        workerStart: Math.round(r.workerStart), end: Math.round(r.responseEnd), bytes: r.transferSize,
      }));
      return {
        mainVisibleAt: Math.round(window.__mainVisibleAt),
        navigation: {
          workerStart: Math.round(nav.workerStart), fetchStart: Math.round(nav.fetchStart),
          requestStart: Math.round(nav.requestStart), responseEnd: Math.round(nav.responseEnd),
          domInteractive: Math.round(nav.domInteractive), domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
          load: Math.round(nav.loadEventEnd),
        },
        paints: performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
        resources,
      };
    })()`)) as {
      mainVisibleAt: number;
      navigation: Record<string, number>;
      paints: [string, number][];
      resources: { name: string; start: number; workerStart: number; end: number; bytes: number }[];
    };
    const buffer = await browser.stopTracing();
    await context.close();

    mkdirSync(REPORTS, { recursive: true });
    const file = resolve(REPORTS, `warm-visit-${landing.role}-${run}.trace.json`);
    writeFileSync(file, buffer);
    const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;

    console.log(
      `\n=== ${landing.role} ${landing.path}, warm visit, run ${run}: main content at ${timeline.mainVisibleAt} ms`,
    );
    console.log('navigation', timeline.navigation, 'paints', timeline.paints);
    console.log('requests (ms from navigation start; bytes 0 = from the service worker or the cache):');
    for (const r of timeline.resources)
      console.log(
        `  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${String(r.bytes).padStart(6)}  ${r.name}`,
      );
    console.log(summarizeTrace(events, url, timeline.mainVisibleAt));
    // The sampled profile, for the DevTools Performance panel (it maps the functions through the
    // build's source maps, client/dist/assets/*.map).
    writeFileSync(file.replace('.trace.json', '.cpuprofile'), JSON.stringify(profile));
    console.log(`trace: ${file} (and .cpuprofile)`);
  }
} finally {
  await browser.close();
  await app.stop();
}
