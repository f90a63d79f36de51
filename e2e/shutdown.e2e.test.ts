import { request } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { connectLive, signInCookie, subscribe } from './support/api-client.js';
import { metricValue } from './support/metrics.js';
import { freePort } from './support/nginx.js';
import { DEMO_ACCOUNTS } from './support/sign-in.js';
import { APP_DATABASES, startApp, type RunningApp } from './support/start-app.js';

/** main.ts gives requests in flight this long (Apollo's drain) before it cuts them off. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Whether a new TCP connection to the port is refused (the listener is closed). */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/**
 * A GraphQL request whose body arrives in two parts: the server has the request (headers and half
 * the body) in flight until `finish()` sends the rest.
 */
function requestInTwoParts(baseUrl: string, query: string) {
  const body = Buffer.from(JSON.stringify({ query }));
  const half = Math.floor(body.length / 2);
  const url = new URL('/graphql', baseUrl);
  let answered: (answer: { status: number; body: string }) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const answer = new Promise<{ status: number; body: string }>(
    (resolve, reject) => ((answered = resolve), (failed = reject)),
  );
  const outgoing = request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': body.length },
  });
  outgoing.on('response', (response) => {
    let text = '';
    response.on('data', (chunk: Buffer) => (text += chunk.toString()));
    response.on('end', () => answered({ status: response.statusCode ?? 0, body: text }));
  });
  outgoing.on('error', failed);
  outgoing.write(body.subarray(0, half));
  return { answer, finish: () => outgoing.end(body.subarray(half)) };
}

describe.each(APP_DATABASES)('SIGTERM on %s: a graceful stop', (database) => {
  const apps: RunningApp[] = [];
  afterAll(async () => Promise.all(apps.map((app) => app.stop())));

  it('finishes the request in flight, refuses new connections, closes subscriptions with 1012 and exits 0', async () => {
    const app = await startApp({ database, port: await freePort() });
    apps.push(app);
    const port = Number(new URL(app.url).port);

    const live = connectLive(app.url, await signInCookie(app.url, DEMO_ACCOUNTS.director));
    await live.connected;
    subscribe(live, `subscription { signingProgressChanged(provinceCode: "79") { totalWards } }`);
    await expect.poll(() => metricValue(app.url, 'tripartite_live_subscriptions')).toBe(1);

    const inFlight = requestInTwoParts(app.url, '{ __typename }');
    // Let the server take the request (headers and half the body) before it is told to stop.
    await sleep(300);
    const signalledAt = performance.now();
    app.process.kill('SIGTERM');

    // Subscribers are told to reconnect elsewhere: 1012 "service restart".
    const closed = await live.closed;
    expect(closed.code).toBe(1012);
    // The listener closes: a new connection is refused, while the old request is still open.
    await expect.poll(() => connectionRefused(port), { timeout: 5_000, interval: 50 }).toBe(true);
    expect(app.process.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });

    const ended = await Promise.race([app.exited, sleep(DRAIN_TIMEOUT_MS + 5_000).then(() => null)]);
    expect(ended).toEqual({ code: 0, signal: null });
    const stoppedInMs = performance.now() - signalledAt;
    console.log(`[shutdown ${database}] SIGTERM to exit 0: ${Math.round(stoppedInMs)} ms`);
    // Well inside the drain timeout: it waited for the request, not for the clock.
    expect(stoppedInMs).toBeLessThan(DRAIN_TIMEOUT_MS);
  }, 90_000);
});
