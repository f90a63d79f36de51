import type { Browser } from 'playwright-core';
import { lastNavigation, type TraceEvent } from './trace-summary.js';

/** What a visit cost the page's main thread, from navigation start until the main content showed. */
export type MainThreadTime = {
  /** CPU time of the renderer's main thread (trace events' `tdur`), in ms. */
  cpuMs: number;
  /** Wall-clock time the same tasks took (`dur`): longer than cpuMs when the machine is loaded. */
  busyMs: number;
};

/**
 * The main thread's CPU time until the content showed, from a Chromium trace. On a shared, loaded
 * machine wall-clock times vary by ±30 % from visit to visit, as the thread waits for a core; the
 * CPU time it used does not include that wait, so two builds compare on it at any load. Counted:
 * top-level tasks (nested events are inside them), the last one cut at the moment the content showed.
 */
export function mainThreadTime(events: TraceEvent[], url: string, mainVisibleMs: number): MainThreadTime | null {
  const navigation = lastNavigation(events, url);
  if (!navigation) return null;
  const start = navigation.ts;
  const end = start + mainVisibleMs * 1000;
  const tasks = events
    .filter(
      (event) =>
        event.pid === navigation.pid &&
        event.tid === navigation.tid &&
        event.ph === 'X' &&
        event.ts >= start &&
        event.ts < end,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpu = 0;
  let busy = 0;
  let openUntil = start;
  for (const task of tasks) {
    if (task.ts < openUntil) continue; // nested in the task before
    const dur = task.dur ?? 0;
    const shown = dur > 0 ? Math.min(1, (end - task.ts) / dur) : 1;
    busy += dur * shown;
    cpu += (task.tdur ?? 0) * shown;
    openUntil = task.ts + dur;
  }
  return { cpuMs: Math.round(cpu / 1000), busyMs: Math.round(busy / 1000) };
}

/** The trace categories that name the main thread's tasks and their thread time. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'loading',
  'toplevel',
  'disabled-by-default-v8.compile',
];

/** Runs `visit` with the whole browser traced; returns what it returned and the trace's events. */
export async function traced<T>(browser: Browser, visit: () => Promise<T>): Promise<[T, TraceEvent[]]> {
  await browser.startTracing(undefined, { categories: CATEGORIES });
  const result = await visit().catch(async (error: unknown) => {
    await browser.stopTracing();
    throw error;
  });
  const buffer = await browser.stopTracing();
  return [result, (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents];
}
