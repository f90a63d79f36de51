/**
 * Two client builds measured back to back, as `pnpm perf:web` measures one: each landing page
 * cold then warm under the phone profile, the two builds alternating visit by visit (and which
 * goes first alternating by run), so both see the same load on a shared machine. Prints medians
 * per build and role and writes every run to `.reports/compare-builds.json`.
 *
 *   pnpm exec tsx e2e/perf/compare-builds.ts --a /tmp/dist-before --b client/dist [--runs 5] [--port 42000]
 *     [--roles director,coordinator] [--trace] [--warm-visits 3]
 *
 * Copy `client/dist` aside after `pnpm build` to keep a build to compare with. Both builds run
 * on the same server build (server/dist), each on its own fresh demo database and port.
 *
 * With `--trace`, each visit is traced and the main thread's CPU time until the content showed is
 * reported beside the wall-clock time (until the live app's content, not the last screen's copy) (main-thread-time.ts): the measure to compare on while other
 * work loads the machine; and, per warm visit, how many scripts consumed a V8 code cache and the
 * main thread's parse and compile time (code-cache.ts). With `--warm-visits N`, each cold visit
 * is followed by N warm ones (more warm samples for the time of one cold visit); every warm visit
 * counts in the medians.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.js';
import { coldContext, LANDING_PAGES, measureVisit, signInOverApi, whileReading } from '../support/first-visit.js';
import { startApp } from '../support/start-app.js';
import { codeCacheUse } from './code-cache.js';
import { mainThreadTime, traced } from './main-thread-time.js';

const REPORT = resolve(import.meta.dirname, '..', '..', '.reports', 'compare-builds.json');
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '0' },
    roles: { type: 'string', default: LANDING_PAGES.map((page) => page.role).join(',') },
    trace: { type: 'boolean', default: false },
    'warm-visits': { type: 'string', default: '1' },
  },
});
if (!values.a || !values.b) throw new Error('Give the two client builds: --a <dist> --b <dist>');
const runs = Math.max(1, Number(values.runs) || 5);
const warmVisits = Math.max(1, Number(values['warm-visits']) || 1);
const port = Number(values.port) || 0;
const landings = LANDING_PAGES.filter((page) => values.roles.split(',').includes(page.role));

const builds = { a: resolve(values.a), b: resolve(values.b) };
const appA = await startApp({ port, env: { CLIENT_DIST_DIR: builds.a } });
// If the second server does not start (a loaded machine, a port taken), the first must not outlive the script.
const appB = await startApp({ port: port ? port + 1 : 0, env: { CLIENT_DIST_DIR: builds.b } }).catch(
  async (error: unknown) => {
    await appA.stop();
    throw error;
  },
);
const apps = { a: appA, b: appB };
const browser = await launchChromium();
type Visit = {
  build: 'a' | 'b';
  role: string;
  run: number;
  coldMs?: number | undefined;
  /** Warm: the content visible (the last screen's copy counts), and the live app's own. */
  warmMs: number;
  warmLiveMs: number;
  /** With --trace: the main thread's CPU time until the content showed (-1: not found in the trace). */
  coldCpuMs?: number | undefined;
  warmCpuMs?: number | undefined;
  /** With --trace: the main thread's parse and compile time on the warm visit, and its scripts' code caches. */
  warmCompileMs?: number | undefined;
  warmCodeCache?: string | undefined;
};
/** Measures one visit, traced with --trace. */
const visit = async (context: Parameters<typeof measureVisit>[0], url: string, selector: string) => {
  if (!values.trace) return { ...(await measureVisit(context, url, selector)), cpuMs: undefined, codeCache: undefined };
  const [measured, events] = await traced(browser, () => measureVisit(context, url, selector));
  return {
    ...measured,
    // Until the live app's content: the last screen's copy comes before any of the app's work.
    cpuMs: mainThreadTime(events, url, measured.mainLiveMs)?.cpuMs ?? -1,
    codeCache: codeCacheUse(events, url, measured.mainLiveMs) ?? undefined,
  };
};
const visits: Visit[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    for (const landing of landings) {
      const order: ('a' | 'b')[] = run % 2 ? ['a', 'b'] : ['b', 'a'];
      for (const build of order) {
        const app = apps[build];
        const context = await coldContext(browser);
        try {
          await signInOverApi(context, app.url, landing.role);
          const url = `${app.url}${landing.path}`;
          const {
            page: coldPage,
            mainVisibleMs: coldMs,
            cpuMs: coldCpuMs,
          } = await visit(context, url, landing.selector);
          await whileReading(coldPage);
          await coldPage.close();
          for (let warm = 1; warm <= warmVisits; warm++) {
            const {
              page: warmPage,
              mainVisibleMs: warmMs,
              mainLiveMs: warmLiveMs,
              cpuMs: warmCpuMs,
              codeCache,
            } = await visit(context, url, landing.selector);
            await warmPage.close();
            // The cold visit counts once per build and run, however many warm visits follow it.
            const cold = warm === 1 ? { coldMs, coldCpuMs } : {};
            const warmCodeCache = codeCache && `${codeCache.consumedCache}/${codeCache.scripts}`;
            const warmCompileMs = codeCache?.compileMs;
            visits.push({
              build,
              role: landing.role,
              run,
              ...cold,
              warmMs,
              warmLiveMs,
              warmCpuMs,
              warmCompileMs,
              warmCodeCache,
            });
            const cpu = values.trace
              ? ` (main thread CPU ${coldCpuMs} ms cold, ${warmCpuMs} ms warm; warm: compiling ${warmCompileMs} ms, ` +
                `${warmCodeCache} scripts from a code cache)`
              : '';
            console.log(
              `run ${run} ${build} ${landing.role}: ${coldMs} ms cold, ${warmMs} ms warm visible, ${warmLiveMs} ms warm live${cpu}`,
            );
          }
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await apps.a.stop();
  await apps.b.stop();
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};
const table = Object.fromEntries(
  landings.map((landing) => {
    const of = (
      build: 'a' | 'b',
      key: 'coldMs' | 'warmMs' | 'warmLiveMs' | 'coldCpuMs' | 'warmCpuMs' | 'warmCompileMs',
    ) =>
      median(
        visits
          .filter((visit) => visit.build === build && visit.role === landing.role && visit[key] !== undefined)
          .map((visit) => visit[key]!),
      );
    const cpu = values.trace
      ? {
          'a cold CPU': of('a', 'coldCpuMs'),
          'b cold CPU': of('b', 'coldCpuMs'),
          'a warm CPU': of('a', 'warmCpuMs'),
          'b warm CPU': of('b', 'warmCpuMs'),
          'a warm compile': of('a', 'warmCompileMs'),
          'b warm compile': of('b', 'warmCompileMs'),
        }
      : {};
    return [
      landing.role,
      {
        'a cold': of('a', 'coldMs'),
        'b cold': of('b', 'coldMs'),
        'a warm visible': of('a', 'warmMs'),
        'b warm visible': of('b', 'warmMs'),
        'a warm live': of('a', 'warmLiveMs'),
        'b warm live': of('b', 'warmLiveMs'),
        ...cpu,
      },
    ];
  }),
);
console.log(`\nMedians of ${runs} run(s), ${warmVisits} warm visit(s) each, ms; a = ${builds.a}, b = ${builds.b}`);
console.table(table);
mkdirSync(resolve(REPORT, '..'), { recursive: true });
writeFileSync(
  REPORT,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), builds, runs, medians: table, visits }, null, 2)}\n`,
);
