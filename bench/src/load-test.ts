import autocannon from 'autocannon';
import type { Request } from './operations.js';

export type Sample = {
  latenciesMs: number[];
  responses: number;
  /** Responses that were not a success: HTTP status outside 2xx, or refused by the operation's own check. */
  failed: number;
  errors: number;
  seconds: number;
  bytes: number;
};

export type LoadPlan = {
  connections: number;
  seconds: number;
  /**
   * When one request takes longer than a third of the run (the 10,000-ward province), a fixed
   * duration would end before any response; the run then sends this many requests instead.
   */
  amount?: number;
};

/** One autocannon run against one server; every response's latency is kept. */
export async function loadTest(url: string, request: Request, plan: LoadPlan): Promise<Sample> {
  await request.dynamic?.beforeRun?.();
  const latenciesMs: number[] = [];
  let failed = 0;
  let bytes = 0;
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const dynamic = request.dynamic;
  const instance = autocannon(
    {
      url: `${url}${request.path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      connections: plan.connections,
      pipelining: 1,
      ...(plan.amount ? { amount: plan.amount } : { duration: plan.seconds }),
      timeout: 120,
      ...(dynamic
        ? {
            requests: [
              {
                setupRequest: (req: autocannon.Request) => ({ ...req, body: dynamic.nextBody() }),
                onResponse: (status: number, body: string) => {
                  if (status < 200 || status >= 300 || !dynamic.accept(body)) failed += 1;
                },
              },
            ],
          }
        : {}),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, responseBytes: number, responseTime: number) => {
    latenciesMs.push(responseTime);
    bytes += responseBytes;
    if (!dynamic && (statusCode < 200 || statusCode >= 300)) failed += 1;
  });
  const result = await finished;
  return {
    latenciesMs,
    responses: latenciesMs.length,
    failed,
    errors: result.errors,
    seconds: (performance.now() - started) / 1000,
    bytes,
  };
}

export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export function merge(samples: readonly Sample[]): Sample {
  const sum = (pick: (sample: Sample) => number) => samples.reduce((total, sample) => total + pick(sample), 0);
  return {
    latenciesMs: samples.flatMap((sample) => sample.latenciesMs),
    responses: sum((s) => s.responses),
    failed: sum((s) => s.failed),
    errors: sum((s) => s.errors),
    seconds: sum((s) => s.seconds),
    bytes: sum((s) => s.bytes),
  };
}
