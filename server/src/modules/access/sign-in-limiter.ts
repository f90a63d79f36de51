import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../errors.js';

/**
 * Failed sign-ins are limited so that nobody can turn the limit against a person (OWASP
 * authentication cheat sheet): no count ever locks an account for everyone.
 *
 * - Per account *and* address, consecutive tries: `freeFailures` at once, then the guesser must
 *   wait 1 s, then 2 s, 4 s … up to `maxBackoffSeconds` between tries. A success from that address
 *   clears it. Only the guesser's own pair is held back: the owner elsewhere is not.
 * - Per account from anywhere (guessing from many addresses): past `accountSlowAfter` failures
 *   in `accountWindowSeconds`, every attempt is slowed by a growing delay, at most
 *   `maxDelayMs`, and never refused: the owner with the right password still gets in.
 * - Per address (one machine trying many accounts): past `addressSlowAfter` failures in
 *   `addressWindowSeconds` attempts are slowed the same way; only past `addressRefuseAfter`,
 *   far above what the people behind one office proxy mistype, is the address refused.
 *
 * The counters live where `LimiterStore` keeps them: PostgreSQL's `sign_in_limit` table, so they
 * hold across several API instances, or this process's memory on embedded SQLite, which only
 * ever has one process (see db/sign-in-limit-store.ts). Keys are hashed: no email or address is
 * stored in the clear.
 */
export type SignInLimits = {
  freeFailures: number;
  /** The first wait after the free tries; each later one doubles it. */
  backoffBaseSeconds: number;
  maxBackoffSeconds: number;
  accountSlowAfter: number;
  accountWindowSeconds: number;
  addressSlowAfter: number;
  addressRefuseAfter: number;
  addressWindowSeconds: number;
  maxDelayMs: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  freeFailures: 5,
  backoffBaseSeconds: 1,
  maxBackoffSeconds: 900,
  accountSlowAfter: 10,
  accountWindowSeconds: 900,
  addressSlowAfter: 100,
  addressRefuseAfter: 1_000,
  addressWindowSeconds: 3_600,
  maxDelayMs: 5_000,
};

/** Makes a counter in the store: rate-limiter-flexible's options, the same for every store. */
export type LimiterStore = {
  limiter: (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;
};

/** A pair's consecutive failures are forgotten a day after the first one. */
const PAIR_WINDOW_SECONDS = 86_400;
/** Counters here never refuse by themselves; the policy below reads them. */
const UNLIMITED = 1_000_000_000;

const keyOf = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** The slow-down for `failures` past `after`: 250 ms, doubling with every few more, at most `cap`. */
function delayFor(failures: number, after: number, cap: number): number {
  if (failures <= after) return 0;
  return Math.min(cap, 250 * 2 ** Math.floor((failures - after - 1) / 2));
}

export class SignInLimiter {
  private readonly pairFailures: RateLimiterAbstract;
  /** One try per backoff period: a try holds the period open, atomically, in the store. */
  private readonly pairBackoff: RateLimiterAbstract;
  private readonly accountFailures: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;

  private readonly limits: SignInLimits;

  constructor(store: LimiterStore, limits: Partial<SignInLimits> = {}) {
    this.limits = { ...DEFAULT_SIGN_IN_LIMITS, ...limits };
    this.pairFailures = store.limiter({ keyPrefix: 'pair', points: UNLIMITED, duration: PAIR_WINDOW_SECONDS });
    this.pairBackoff = store.limiter({ keyPrefix: 'backoff', points: 1, duration: 1 });
    this.accountFailures = store.limiter({
      keyPrefix: 'account',
      points: UNLIMITED,
      duration: this.limits.accountWindowSeconds,
    });
    this.addressFailures = store.limiter({
      keyPrefix: 'address',
      points: UNLIMITED,
      duration: this.limits.addressWindowSeconds,
    });
  }

  /**
   * Before the password is checked: refuses a pair inside its backoff and an address past the
   * refusal line, and slows the rest as the counts say. The try is counted against its pair as
   * it arrives (a success takes it back), so a burst of parallel guesses cannot all slip in
   * before the first slow password check fails.
   */
  async reserveAttempt(email: string, address: string): Promise<void> {
    const pair = keyOf(email, address);
    const [account, place] = await Promise.all([
      this.accountFailures.get(keyOf(email)),
      this.addressFailures.get(keyOf(address)),
    ]);
    const placeFailures = place?.consumedPoints ?? 0;
    if (placeFailures >= this.limits.addressRefuseAfter) {
      throw refusal('from this address', place!.msBeforeNext);
    }
    const { consumedPoints: tries } = await this.pairFailures.consume(pair);
    if (tries >= this.limits.freeFailures) {
      // The last free try opens the first wait; each try after a wait opens one twice as long.
      const { backoffBaseSeconds, maxBackoffSeconds, freeFailures } = this.limits;
      const backoff = Math.min(maxBackoffSeconds, backoffBaseSeconds * 2 ** (tries - freeFailures));
      try {
        await this.pairBackoff.consume(pair, 1, { customDuration: backoff });
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error; // the store failed: not a refusal
        await this.pairFailures.reward(pair, 1); // refused, so no password was tried
        throw refusal('for this account from this address', error.msBeforeNext);
      }
    }
    const { maxDelayMs } = this.limits;
    const delay = Math.max(
      delayFor(account?.consumedPoints ?? 0, this.limits.accountSlowAfter, maxDelayMs),
      delayFor(placeFailures, this.limits.addressSlowAfter, maxDelayMs),
    );
    if (delay > 0) await sleep(delay);
  }

  /** A wrong password (or unknown account): counted against the account and the address. */
  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.accountFailures.penalty(keyOf(email)), this.addressFailures.penalty(keyOf(address))]);
  }

  /** The owner got in from here: this pair's failures and backoff are cleared. */
  async recordSuccess(email: string, address: string): Promise<void> {
    const pair = keyOf(email, address);
    await Promise.all([this.pairFailures.delete(pair), this.pairBackoff.delete(pair)]);
  }
}

function refusal(where: string, msBeforeNext: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds < 120 ? `${seconds} second(s)` : `${Math.ceil(seconds / 60)} minute(s)`;
  return new RateLimitedError(`Too many failed sign-ins ${where}; try again in ${wait}.`, seconds);
}
