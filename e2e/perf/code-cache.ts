import { lastNavigation, type TraceEvent } from './trace-summary.js';

/** How a visit's scripts were compiled, from a Chromium trace (the `v8` category). */
export type CodeCacheUse = {
  /** Scripts compiled whole on the page's main thread (`v8.compile`, `v8.compileModule`). */
  scripts: number;
  /** Of those, how many consumed a V8 code cache (`consumedCacheSize` > 0, not rejected). */
  consumedCache: number;
  /**
   * The main thread's time in V8's parsing, compiling and code-cache making (the outermost such
   * event counted once), ms: whole scripts, functions compiled on their first call, caches made.
   */
  compileMs: number;
};

const SCRIPT_COMPILES = new Set(['v8.compile', 'v8.compileModule']);
/** V8's parse and compile work on a thread, as the trace names it (`v8` and runtime-call-stats events). */
const COMPILE_WORK = new Set([
  ...SCRIPT_COMPILES,
  'V8.CompileCode',
  'V8.CompileLazy',
  'V8.ParseFunction',
  'V8.PreParse',
  'V8.ParseProgram',
  'V8.CompileScript',
  'V8.CompileIgnition',
  'v8.produceCache',
  'v8.produceModuleCache',
  'V8.CompileSerialize',
]);

/**
 * Whether the page consumed code caches between navigation start and `untilMs` after it. On a warm
 * visit the answer says whether Chromium's code cache reached the scripts at all (ES modules are
 * compiled streamed, without looking for one; see docs/phone-and-offline.md, "The warm repeat visit").
 */
export function codeCacheUse(events: TraceEvent[], url: string, untilMs: number): CodeCacheUse | null {
  const navigation = lastNavigation(events, url);
  if (!navigation) return null;
  const start = navigation.ts;
  const end = start + untilMs * 1000;
  const onMainThread = events.filter(
    (event) => event.pid === navigation.pid && event.tid === navigation.tid && event.ts >= start && event.ts < end,
  );
  const compiles = onMainThread.filter((event) => SCRIPT_COMPILES.has(event.name) && event.ph === 'X');
  const consumed = compiles.filter((event) => {
    const data = event.args?.data as { consumedCacheSize?: number; cacheRejected?: boolean } | undefined;
    return (data?.consumedCacheSize ?? 0) > 0 && !data?.cacheRejected;
  });
  // Compilations nest (a function compiled inside a script's compile): count the outermost only.
  const work = onMainThread
    .filter((event) => COMPILE_WORK.has(event.name) && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let compileMicros = 0;
  let openUntil = start;
  for (const event of work) {
    if (event.ts < openUntil) continue;
    compileMicros += event.dur ?? 0;
    openUntil = event.ts + (event.dur ?? 0);
  }
  return {
    scripts: compiles.length,
    consumedCache: consumed.length,
    compileMs: Math.round(compileMicros / 1000),
  };
}
