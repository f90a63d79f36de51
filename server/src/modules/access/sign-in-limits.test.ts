import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seeders/demo/accounts.seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import type { SignInLimits } from './sign-in-limiter.js';

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }';
const WRONG = 'wrong password!!';

type Attempt = { code: string | undefined; retryAfterSeconds: number | undefined; signedIn: boolean; ms: number };

/** Signs in over HTTP from `address` (the tests' loopback proxy passes X-Forwarded-For on). */
async function signIn(api: TestServer, email: string, password: string, address: string): Promise<Attempt> {
  const started = performance.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  const extensions = body.errors?.[0]?.extensions;
  return {
    code: extensions?.['code'] as string | undefined,
    retryAfterSeconds: extensions?.['retryAfterSeconds'] as number | undefined,
    signedIn: response.headers.get('set-cookie') !== null && !body.errors,
    ms: performance.now() - started,
  };
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Small limits, so the tests see every step in seconds. */
const LIMITS: Partial<SignInLimits> = {
  freeFailures: 3,
  // Waits of 10 s, 20 s …: long beside a request even when the whole suite loads the machine.
  backoffBaseSeconds: 10,
  accountSlowAfter: 6,
  addressSlowAfter: 50,
  addressRefuseAfter: 100,
  maxDelayMs: 1_000,
};

describe.each(testDialects)('limits on failed sign-ins, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect, { signInLimits: LIMITS });
  });
  afterAll(async () => {
    await api.close();
  });

  it('hold back the guesser’s address with a growing backoff, while the owner elsewhere gets in', async () => {
    const owner = 'viewer@tripartite.local';
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 8; attempt++) codes.push((await signIn(api, owner, WRONG, '10.1.0.66')).code);
    // Three free tries (the third opens a 10 s wait), then refusals.
    expect(codes.slice(0, 3)).toEqual(Array(3).fill('UNAUTHENTICATED'));
    expect(codes.slice(3)).toEqual(Array(5).fill('RATE_LIMITED'));
    const refused = await signIn(api, owner, DEMO_PASSWORD, '10.1.0.66');
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', signedIn: false });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);

    // The owner, from their own address, with the right password: in, at once.
    expect(await signIn(api, owner, DEMO_PASSWORD, '10.1.0.7')).toMatchObject({ code: undefined, signedIn: true });

    // The backoff doubles: after waiting it out the guesser gets one more try, then waits 20 s.
    await until(refused.retryAfterSeconds! * 1_000 + 100);
    expect((await signIn(api, owner, WRONG, '10.1.0.66')).code).toBe('UNAUTHENTICATED');
    const next = await signIn(api, owner, WRONG, '10.1.0.66');
    expect(next).toMatchObject({ code: 'RATE_LIMITED' });
    expect(next.retryAfterSeconds).toBeGreaterThan(10);
    expect(next.retryAfterSeconds).toBeLessThanOrEqual(20);
  });

  it('slow an account guessed from many addresses, but never refuse its owner', async () => {
    const owner = 'director.hcm@tripartite.local';
    // Eight addresses, one guess each: no pair reaches its backoff, the account is past 6.
    for (let address = 1; address <= 8; address++) {
      expect((await signIn(api, owner, WRONG, `10.2.0.${address}`)).code).toBe('UNAUTHENTICATED');
    }
    const guess = await signIn(api, owner, WRONG, '10.2.0.9');
    expect(guess.code).toBe('UNAUTHENTICATED');
    // With 8 failures (past 6) the ninth waits 250 ms before its password is even checked…
    expect(guess.ms).toBeGreaterThanOrEqual(240);
    const ownerAttempt = await signIn(api, owner, DEMO_PASSWORD, '10.2.0.100');
    // …and with 9 the owner waits 500 ms: slowed, and in.
    expect(ownerAttempt).toMatchObject({ code: undefined, signedIn: true });
    expect(ownerAttempt.ms).toBeGreaterThanOrEqual(490);
  });

  it('count a burst of parallel guesses as it arrives, not after each password check', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => signIn(api, 'coordinator.hcm@tripartite.local', WRONG, '10.3.0.1')),
    );
    // Three free tries: the other nine never reach a password check.
    expect(attempts.filter((attempt) => attempt.code === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(attempts.filter((attempt) => attempt.code === 'RATE_LIMITED')).toHaveLength(9);
  });

  it('refuse only an address far past what one office mistypes, and no one elsewhere', async () => {
    const spraying = await startTestServer(dialect, {
      signInLimits: { ...LIMITS, addressSlowAfter: 3, addressRefuseAfter: 6, maxDelayMs: 200 },
    });
    try {
      for (let account = 0; account < 6; account++) {
        expect((await signIn(spraying, `guess${account}@tripartite.local`, WRONG, '10.4.0.1')).code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const refused = await signIn(spraying, 'admin@tripartite.local', DEMO_PASSWORD, '10.4.0.1');
      expect(refused).toMatchObject({ code: 'RATE_LIMITED', signedIn: false });
      expect(refused.retryAfterSeconds).toBeGreaterThan(60);
      expect(await signIn(spraying, 'admin@tripartite.local', DEMO_PASSWORD, '10.4.0.2')).toMatchObject({
        signedIn: true,
      });
    } finally {
      await spraying.close();
    }
  });
});

describe('the client address, without a trusted proxy', () => {
  it('ignores X-Forwarded-For, so a client cannot escape the per-address limit by naming another address', async () => {
    const api = await startTestServer('sqlite', {
      trustProxy: false,
      signInLimits: { addressSlowAfter: 1, addressRefuseAfter: 3, maxDelayMs: 50 },
    });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        await signIn(api, `guess${attempt}@tripartite.local`, WRONG, `10.5.0.${attempt}`);
      }
      expect((await signIn(api, 'admin@tripartite.local', DEMO_PASSWORD, '10.5.0.99')).code).toBe('RATE_LIMITED');
    } finally {
      await api.close();
    }
  });
});

describe.skipIf(!process.env['TEST_DATABASE_URL'])(
  'limits on failed sign-ins across two instances on PostgreSQL',
  () => {
    let first: TestServer;
    let second: TestServer;
    beforeAll(async () => {
      first = await startTestServer('postgresql', { signInLimits: LIMITS });
      second = await startTestServer('postgresql', { signInLimits: LIMITS, sharedDatabase: first.database.target });
    });
    afterAll(async () => {
      await second?.close();
      await first?.close();
    });

    it('hold whichever instance the guesses reach', async () => {
      const owner = 'viewer@tripartite.local';
      const instances = [first, second, first, second, first, second];
      const codes: (string | undefined)[] = [];
      for (const instance of instances) codes.push((await signIn(instance, owner, WRONG, '10.6.0.1')).code);
      // One count across both: three free tries, then refused on either.
      expect(codes).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'RATE_LIMITED',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
      // The owner gets in through either instance from their own address.
      expect(await signIn(second, owner, DEMO_PASSWORD, '10.6.0.2')).toMatchObject({ signedIn: true });
      const held = await signIn(first, owner, DEMO_PASSWORD, '10.6.0.1');
      expect(held.code).toBe('RATE_LIMITED');
      // A success clears the pair everywhere: after it, the owner's address has its free tries back.
      await until(held.retryAfterSeconds! * 1_000 + 100);
      expect(await signIn(first, owner, DEMO_PASSWORD, '10.6.0.1')).toMatchObject({ signedIn: true });
      for (const instance of [second, first, second]) {
        expect((await signIn(instance, owner, WRONG, '10.6.0.1')).code).toBe('UNAUTHENTICATED');
      }

      // The counters are rows of the database, keyed by hashes: no email or address in the clear.
      const rows = await first.database.orm.em
        .getConnection()
        .execute<{ key: string }[]>('select key from sign_in_limit');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => /@|10\.6\./.test(row.key))).toEqual([]);
    });

    it('keep serving after PostgreSQL ends their idle connections (a restart, a failover)', async () => {
      const owner = 'viewer@tripartite.local';
      expect((await signIn(first, owner, WRONG, '10.7.0.1')).code).toBe('UNAUTHENTICATED');
      // Every other connection to this database ends, as on a server restart: the limiter's pool
      // once had no 'error' listener, and Node stopped the whole process on such an end.
      await first.database.orm.em
        .getConnection()
        .execute(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
      await until(200);
      // A pooled connection found dead fails its request at most once; the next ones get in.
      const attempts: Attempt[] = [];
      for (let attempt = 0; attempt < 3; attempt++)
        attempts.push(await signIn(first, owner, DEMO_PASSWORD, '10.7.0.2'));
      expect(attempts.at(-1)).toMatchObject({ signedIn: true });
    });
  },
);
