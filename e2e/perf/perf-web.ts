/**
 * `pnpm perf:web` (after `pnpm build`): each role's landing page as a phone on a slow network
 * feels it (see support/first-visit.ts), repeated because this machine is shared and CPU-throttled
 * times are noisy. Prints medians as a table and writes every run to `.reports/perf-web.json`.
 * It measures; it fails only when a landing page moves more JavaScript and CSS than the budget.
 *
 *   pnpm perf:web [--runs 5] [--port 42000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.js';
import {
  BUDGETS,
  LANDING_PAGES,
  type LandingMeasurement,
  measureLandingPage,
  PHONE_PROFILE,
  scriptAndStyleBudget,
} from '../support/first-visit.js';
import { startApp } from '../support/start-app.js';

const REPORT = resolve(import.meta.dirname, '..', '..', '.reports', 'perf-web.json');
const USAGE = `pnpm perf:web [--runs N] [--port P]

  --runs N   measure each landing page N times (default 3) and report medians
  --port P   run the app on port P (default: any free port); on a shared machine, one of yours
  --help     this text`;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '0' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs) || 3);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`--port must be a TCP port, not ${values.port}`);

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const app = await startApp({ port });
const browser = await launchChromium();
const results: LandingMeasurement[][] = LANDING_PAGES.map(() => []);
try {
  for (let run = 1; run <= runs; run++) {
    for (const [index, landing] of LANDING_PAGES.entries()) {
      process.stdout.write(`run ${run}/${runs}: ${landing.role} ${landing.path}… `);
      const measured = await measureLandingPage(browser, app.url, landing);
      results[index]!.push(measured);
      console.log(
        `${seconds(measured.cold.mainVisibleMs)} cold, ${seconds(measured.warm.mainVisibleMs)} warm visible, ` +
          `${seconds(measured.warm.mainLiveMs)} warm live${measured.warm.lastScreenShown ? '' : ' (no last screen shown)'}`,
      );
    }
  }
} finally {
  await browser.close();
  await app.stop();
}

const rows = LANDING_PAGES.map((landing, index) => {
  const all = results[index]!;
  const pick = (get: (entry: LandingMeasurement) => number) => median(all.map(get));
  return {
    role: landing.role,
    path: landing.path,
    mainContent: landing.mainContent,
    scriptAndStyleBudget: scriptAndStyleBudget(landing),
    scriptAndStyleBytes: pick((entry) => entry.cold.scriptAndStyleBytes),
    totalBytes: pick((entry) => entry.cold.totalBytes),
    fontBytes: pick((entry) => entry.cold.bytes['Font'] ?? 0),
    serviceWorkerBytes: pick((entry) => entry.serviceWorkerBytes ?? 0),
    coldFirstPaintMs: pick((entry) => entry.cold.firstContentfulPaintMs ?? 0),
    coldVisibleMs: pick((entry) => entry.cold.mainVisibleMs),
    // Warm: the content visible (the last screen's copy counts) and the live app's own content.
    warmVisibleMs: pick((entry) => entry.warm.mainVisibleMs),
    warmLiveMs: pick((entry) => entry.warm.mainLiveMs),
    warmLastScreenShown: all.filter((entry) => entry.warm.lastScreenShown).length,
    warmTotalBytes: pick((entry) => entry.warm.totalBytes),
    throughSignInVisibleMs: pick((entry) => entry.throughSignIn.mainVisibleMs),
    coldVisibleRangeMs: [
      Math.min(...all.map((e) => e.cold.mainVisibleMs)),
      Math.max(...all.map((e) => e.cold.mainVisibleMs)),
    ],
  };
});

console.log(
  `\nFirst visit on a phone profile (${PHONE_PROFILE.cpuSlowdown}× CPU, ${PHONE_PROFILE.downloadKbps} kbps down, ` +
    `${PHONE_PROFILE.uploadKbps} kbps up, ${PHONE_PROFILE.rttMs} ms RTT), median of ${runs} run(s):\n`,
);
console.table(
  Object.fromEntries(
    rows.map((row) => [
      `${row.role} ${row.path}`,
      {
        'JS+CSS': kb(row.scriptAndStyleBytes),
        'JS+CSS budget': kb(row.scriptAndStyleBudget),
        'all bytes': kb(row.totalBytes),
        fonts: kb(row.fontBytes),
        'SW background': kb(row.serviceWorkerBytes),
        'first paint': seconds(row.coldFirstPaintMs),
        'content (cold)': seconds(row.coldVisibleMs),
        'content (warm, visible)': seconds(row.warmVisibleMs),
        'content (warm, live)': seconds(row.warmLiveMs),
        'via sign-in': seconds(row.throughSignInVisibleMs),
      },
    ]),
  ),
);
console.log(
  `Warm "visible" counts the last screen's copy (shown before the app runs; not interactive), "live" is the app's own content.\n` +
    `Budgets: JS+CSS ≤ ${kb(BUDGETS.scriptAndStyleBytes)} (less for pages that need less, see the table); content ≤ ${seconds(BUDGETS.coldVisibleMs)} cold ` +
    `and ≤ ${seconds(BUDGETS.warmVisibleMs)} warm (times are reported, not enforced: this machine is shared).`,
);

mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(
  REPORT,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), profile: PHONE_PROFILE, budgets: BUDGETS, runs, medians: rows, all: results }, null, 2)}\n`,
);
console.log(`Every run: ${REPORT}`);
const overBudget = rows.filter((row) => row.scriptAndStyleBytes > row.scriptAndStyleBudget);
for (const row of overBudget)
  console.error(
    `Over the budget: ${row.role} ${row.path} moves ${kb(row.scriptAndStyleBytes)} of JS and CSS (at most ${kb(row.scriptAndStyleBudget)})`,
  );
if (overBudget.length > 0) process.exitCode = 1;
