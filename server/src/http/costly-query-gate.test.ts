import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { CostlyQueryGate } from './costly-query-gate.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits.js';

/** About 36,000 rows by the estimate: a province's wards with their standing, repeated `aliases` times. */
function costlyQuery(aliases: number): string {
  const one = (index: number) =>
    `a${index}: province(code: "79") { wards { code name signingStatus currentAgreement { status } } }`;
  return `{ ${Array.from({ length: aliases }, (_, index) => one(index)).join(' ')} }`;
}
const CHEAP_QUERY = '{ province(code: "79") { code name } }';

describe.each(testDialects)('costly queries take turns, on %s', (dialect) => {
  let api: TestServer;
  const limits = (overrides: Partial<QueryLimits>) => ({ limits: { ...DEFAULT_QUERY_LIMITS, ...overrides } });

  beforeAll(async () => {
    // Every query of the province's wards counts as costly here; the cheap one is far below.
    // Waits long enough for a loaded test machine: this test is about order, not the timeout.
    api = await startTestServer(dialect, { guards: limits({ costlyQueryCost: 1_000, costlyQueryWaitMs: 120_000 }) });
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('answers a cheap query while costly ones keep coming, after at most a few of them', async () => {
    const crowd = costlyCrowd(api, { clients: 20, query: costlyQuery(6) });
    // Every client's costly query (a province's wards, six times) in flight or queued before the cheap ones start.
    while (crowd.answered() < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    const costlyAnsweredMeanwhile: number[] = [];
    for (let round = 0; round < 15; round++) {
      const before = crowd.answered();
      const result = await api.graphql<{ province: { name: string } }>(CHEAP_QUERY);
      expect(result.data?.province.name).toBeTruthy();
      costlyAnsweredMeanwhile.push(crowd.answered() - before);
    }
    expect(await crowd.stop()).toBe(0);
    // A turn handed on straight from the finished query's microtasks started the next queued
    // one before the server read its sockets: on SQLite the cheap query waited for the crowd.
    // With the turn handed on after the poll phase, about one costly query per cheap one.
    expect(
      Math.max(...costlyAnsweredMeanwhile),
      `costly answers while each cheap query waited: ${costlyAnsweredMeanwhile}`,
    ).toBeLessThanOrEqual(8);
  }, 180_000);
});

/**
 * Clients sending `query` over and over from a worker thread, as from another machine: requests
 * then keep arriving while the server's event loop is busy, which clients in the server's own
 * thread cannot do.
 */
function costlyCrowd(api: TestServer, options: { clients: number; query: string }) {
  // [answered, failed, stop]
  const counters = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
    const { url, token, query, clients, counters } = workerData;
    const one = async () => {
      while (Atomics.load(counters, 2) === 0) {
        const response = await fetch(url + '/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({ query }),
        });
        const body = await response.json();
        Atomics.add(counters, response.ok && !body.errors ? 0 : 1, 1);
      }
    };
    Promise.all(Array.from({ length: clients }, one)).then(() => process.exit(0));`,
    {
      eval: true,
      workerData: { url: api.url, token: api.admin.token, query: options.query, clients: options.clients, counters },
    },
  );
  return {
    answered: () => Atomics.load(counters, 0),
    /** Stops the clients and says how many of their queries failed. */
    stop: async () => {
      Atomics.store(counters, 2, 1);
      await new Promise((resolve) => worker.once('exit', resolve));
      return Atomics.load(counters, 1);
    },
  };
}

describe.each(testDialects)('an overloaded gate, on %s', (dialect) => {
  let api: TestServer;
  const limits = (overrides: Partial<QueryLimits>) => ({ limits: { ...DEFAULT_QUERY_LIMITS, ...overrides } });

  afterAll(async () => {
    await api?.close();
  });

  it('turns costly queries beyond the queue away with 503 SERVER_BUSY, and still answers cheap ones', async () => {
    api = await startTestServer(dialect, { guards: limits({ costlyQueryCost: 1_000, costlyQueryQueue: 1 }) });
    // Keep-alive connections first, so that the costly requests below arrive together.
    await Promise.all(Array.from({ length: 6 }, () => api.graphql(CHEAP_QUERY)));
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${api.admin.token}` },
          // The same connections as api.graphql's (undici's global pool).
          body: JSON.stringify({ query: costlyQuery(4) }),
        });
        return {
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: (await response.json()) as { errors: { message: string; extensions: object }[] },
        };
      }),
    );
    const busy = answers.filter((answer) => answer.status === 503);
    // One runs, one waits, the rest are turned away (how many arrive while one runs depends on timing).
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(busy[0]!.retryAfter).toBe('5');
    expect(busy[0]!.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^The server is busy: too many other costly queries are waiting/),
      extensions: { code: 'SERVER_BUSY', limit: 'costlyQueries' },
    });
    expect((await api.graphql(CHEAP_QUERY)).errors).toBeUndefined();
  }, 60_000);
});

describe('the costly-query gate', () => {
  const gateOf = (overrides: { concurrency?: number; maxWaiting?: number; maxWaitMs?: number } = {}) =>
    new CostlyQueryGate({ threshold: 100, concurrency: 1, maxWaiting: 100, maxWaitMs: 10_000, ...overrides });

  /** A piece of work that records how many of its kind ran at once, and the order they started. */
  function tracker() {
    let now = 0;
    let most = 0;
    const started: number[] = [];
    return {
      most: () => most,
      started,
      run: async (gate: CostlyQueryGate, cost: number, id = 0) => {
        const release = await gate.enter(cost);
        started.push(id);
        now += 1;
        most = Math.max(most, now);
        await new Promise((resolve) => setTimeout(resolve, 5));
        now -= 1;
        release();
      },
    };
  }

  it('runs queries above the threshold `concurrency` at a time, in order of arrival', async () => {
    const one = tracker();
    const gate = gateOf();
    await Promise.all(Array.from({ length: 8 }, (_, id) => one.run(gate, 101, id)));
    expect(one.most()).toBe(1);
    expect(one.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const two = tracker();
    const wider = gateOf({ concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, id) => two.run(wider, 101, id)));
    expect(two.most()).toBe(2);
    expect(two.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('never holds up queries at or below the threshold, even while costly ones queue', async () => {
    const gate = gateOf();
    const costly = tracker();
    const cheap = tracker();
    const queued = Array.from({ length: 4 }, () => costly.run(gate, 1_000));
    await Promise.all(Array.from({ length: 6 }, () => cheap.run(gate, 100)));
    expect(cheap.most()).toBe(6);
    await Promise.all(queued);
    expect(costly.most()).toBe(1);
  });

  it('hands the turn on only after the event loop has had its turn at I/O', async () => {
    const gate = gateOf();
    const first = await gate.enter(101);
    let nextStarted = false;
    const next = gate.enter(101).then((release) => {
      nextStarted = true;
      return release;
    });
    first();
    // On SQLite a whole query is one run of microtasks: a turn handed on within it would start
    // the next queued query before any waiting request was read (noisy neighbour p95 518 ms).
    for (let tick = 0; tick < 20; tick++) await Promise.resolve();
    expect(nextStarted).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    (await next)();
    expect(nextStarted).toBe(true);
  });

  it('turns a costly query away when it waits too long, and lets the next in line run', async () => {
    const gate = gateOf({ maxWaitMs: 20 });
    const first = await gate.enter(101);
    const timedOut = gate.enter(101);
    await expect(timedOut).rejects.toMatchObject({
      message: expect.stringMatching(/waited too long/),
      extensions: { code: 'SERVER_BUSY', http: { status: 503 } },
    });
    const next = gate.enter(101);
    first();
    (await next)();
  });
});

// PostgreSQL only: there a costly query waits for its rows while the next request is read. On
// SQLite each one runs to its end before the server reads another, so none ever waits for a turn
// while another check refuses it.
describe.runIf(testDialects.includes('postgresql'))('a costly query refused by another check while it waits', () => {
  let api: TestServer;

  afterAll(async () => {
    await api?.close();
  });

  it('gives its turn back, so the next costly query still runs', async () => {
    api = await startTestServer('postgresql', {
      guards: { limits: { ...DEFAULT_QUERY_LIMITS, costlyQueryCost: 1_000, costlyQueryWaitMs: 3_000 } },
    });
    // One costly query holds the turn while a second, costly too, waits behind it and is refused
    // meanwhile by the check of well-formed text (a NUL character). The checks run side by side,
    // so the refusal is sent while the gate is still to let it in.
    const holding = api.graphql(costlyQuery(6));
    const refused = await api.graphql(`{ ${costlyQuery(2).slice(2, -2)} bad: province(code: "7\\u00009") { code } }`);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await holding).errors).toBeUndefined();
    // The turn it was given later went back: the next costly query runs instead of waiting 3 s
    // for a turn that nobody gives back and being turned away with SERVER_BUSY.
    const next = await api.graphql<{ a0: { wards: unknown[] } }>(costlyQuery(2));
    expect(next.errors).toBeUndefined();
    expect(next.data?.a0.wards.length).toBeGreaterThan(0);
  }, 60_000);
});
