/** A Chromium trace event (the fields this summary reads). */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; [key: string]: unknown };
};

/** The last navigation to `url` in a trace: where a visit's main thread and time start. */
export function lastNavigation(events: TraceEvent[], url: string): TraceEvent | undefined {
  return events
    .filter(
      (event) =>
        event.name === 'navigationStart' &&
        (event.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === url,
    )
    .at(-1);
}

const ms = (micro: number) => `${(micro / 1000).toFixed(0)} ms`;

/**
 * The page's main thread from navigation start until the main content appeared: time per kind of
 * work (self time, nested events subtracted), each script's evaluation and compilation, long tasks
 * and idle stretches (the thread waiting: for the network, the service worker, IndexedDB).
 */
export function summarizeTrace(events: TraceEvent[], url: string, mainVisibleMs: number): string {
  const threadNames = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      threadNames.set(`${event.pid}:${event.tid}`, String(event.args?.name));
  const navigation = lastNavigation(events, url);
  if (!navigation) return '(no navigationStart in the trace)';
  const mainThread = `${navigation.pid}:${navigation.tid}`;
  const start = navigation.ts;
  const end = start + mainVisibleMs * 1000;
  const onMain = events
    .filter(
      (event) => `${event.pid}:${event.tid}` === mainThread && event.ph === 'X' && event.ts >= start && event.ts < end,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  // Self time per event name: a stack of open events, each one's children subtracted.
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; childTime: number }[] = [];
  const topLevel: TraceEvent[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      const own = (done.event.dur ?? 0) - done.childTime;
      self.set(done.event.name, (self.get(done.event.name) ?? 0) + Math.max(0, own));
    }
  };
  for (const event of onMain) {
    close(event.ts);
    if (stack.length === 0) topLevel.push(event);
    else stack.at(-1)!.childTime += event.dur ?? 0;
    stack.push({ event, end: event.ts + (event.dur ?? 0), childTime: 0 });
  }
  close(Number.POSITIVE_INFINITY);

  const busy = topLevel.reduce((sum, event) => sum + Math.min(event.dur ?? 0, end - event.ts), 0);
  const lines = [
    `main thread (${threadNames.get(mainThread)}) until the main content: ${ms(end - start)}, busy ${ms(busy)}, idle ${ms(end - start - busy)}`,
    'self time by kind of work:',
  ];
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
    lines.push(`  ${ms(time).padStart(8)}  ${name}`);

  // Parsing and compiling on the main thread: what a code cache or V8's compile hints take away.
  const compiling = [...self]
    .filter(([name]) =>
      /^V8\.(Compile|ParseFunction|ParseProgram|PreParse)|^v8\.produce|^V8\.CompileSerialize/.test(name),
    )
    .reduce((sum, [, time]) => sum + time, 0);
  lines.push(
    `  ${ms(compiling).padStart(8)}  of which parsing and compiling JavaScript (V8.Compile*, V8.Parse*, code cache)`,
  );

  lines.push('scripts (evaluation / compilation, at ms from navigation start):');
  for (const event of onMain) {
    if (
      !/^(EvaluateScript|v8\.compileModule|v8\.evaluateModule|v8\.compile|v8\.produceModuleCache|v8\.produceCache|v8\.deserializeCodeCache|CompileScript|v8\.parseOnBackground)$/.test(
        event.name,
      )
    )
      continue;
    const data = (event.args?.data ?? {}) as {
      url?: string;
      fileName?: string;
      consumedCacheSize?: number;
      cacheRejected?: boolean;
      notStreamedReason?: string;
      streamed?: boolean;
    };
    const url = String(data.url ?? data.fileName ?? (event.args?.['fileName'] as string | undefined) ?? '').replace(
      /^https?:\/\/[^/]+/,
      '',
    );
    if ((event.dur ?? 0) < 2000) continue;
    const cache = data.consumedCacheSize !== undefined ? ` code cache ${data.consumedCacheSize} B` : '';
    lines.push(
      `  ${String(((event.ts - start) / 1000).toFixed(0)).padStart(5)}  ${ms(event.dur ?? 0).padStart(7)}  ${event.name} ${url}${cache}`,
    );
  }

  lines.push('top-level tasks over 50 ms and idle stretches over 50 ms:');
  let previousEnd = start;
  for (const event of topLevel) {
    if (event.ts - previousEnd > 50_000)
      lines.push(
        `  ${String(((previousEnd - start) / 1000).toFixed(0)).padStart(5)}  ${ms(event.ts - previousEnd).padStart(7)}  (idle)`,
      );
    if ((event.dur ?? 0) > 50_000) {
      const children = onMain
        .filter(
          (child) =>
            child.ts >= event.ts &&
            child.ts < event.ts + (event.dur ?? 0) &&
            child !== event &&
            (child.dur ?? 0) > 20_000,
        )
        .slice(0, 4)
        .map(
          (child) =>
            `${child.name}${(child.args?.data as { url?: string })?.url ? ` ${String((child.args?.data as { url?: string }).url).replace(/^https?:\/\/[^/]+/, '')}` : ''} ${ms(child.dur ?? 0)}`,
        );
      lines.push(
        `  ${String(((event.ts - start) / 1000).toFixed(0)).padStart(5)}  ${ms(event.dur ?? 0).padStart(7)}  ${event.name}: ${children.join('; ')}`,
      );
    }
    previousEnd = Math.max(previousEnd, event.ts + (event.dur ?? 0));
  }
  if (end - previousEnd > 50_000)
    lines.push(
      `  ${String(((previousEnd - start) / 1000).toFixed(0)).padStart(5)}  ${ms(end - previousEnd).padStart(7)}  (idle)`,
    );
  return lines.join('\n');
}
