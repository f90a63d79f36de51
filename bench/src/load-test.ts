import autocannon from 'autocannon';
import type { Request } from './operations.js';

export type Sample = {
  latenciesMs: number[];
  responses: number;
  non2xx: number;
  errors: number;
  seconds: number;
  bytes: number;
};

/** One fixed-duration autocannon run against one server; every response's latency is kept. */
export async function loadTest(url: string, request: Request, connections: number, seconds: number): Promise<Sample> {
  const latenciesMs: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `${url}${request.path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      connections,
      pipelining: 1,
      duration: seconds,
      timeout: 60,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, responseBytes: number, responseTime: number) => {
    latenciesMs.push(responseTime);
    bytes += responseBytes;
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  const result = await finished;
  return {
    latenciesMs,
    responses: latenciesMs.length,
    non2xx,
    errors: result.errors,
    seconds: (performance.now() - started) / 1000,
    bytes,
  };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export function merge(samples: readonly Sample[]): Sample {
  return {
    latenciesMs: samples.flatMap((sample) => sample.latenciesMs),
    responses: samples.reduce((sum, sample) => sum + sample.responses, 0),
    non2xx: samples.reduce((sum, sample) => sum + sample.non2xx, 0),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    seconds: samples.reduce((sum, sample) => sum + sample.seconds, 0),
    bytes: samples.reduce((sum, sample) => sum + sample.bytes, 0),
  };
}
