import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../errors.js';

/**
 * Failed sign-ins are limited per account and per address, as OWASP advises against password
 * guessing: per account, so one person's password cannot be guessed from many addresses; per
 * address, so one machine cannot try many accounts. A success clears the account's count.
 * Counts live in this server's memory (one process); behind several processes, rate-limiter-
 * flexible's Redis or PostgreSQL stores take the same options.
 */
export type SignInLimits = { failuresPerAccount: number; failuresPerAddress: number; windowSeconds: number };

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  failuresPerAccount: 5,
  failuresPerAddress: 30,
  windowSeconds: 900,
};

export class SignInLimiter {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    const window = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'account', points: limits.failuresPerAccount, ...window });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.failuresPerAddress, ...window });
  }

  /**
   * Takes one attempt from both counts before the password is checked, refusing when either is
   * used up. Taking first (an atomic step) means a burst of parallel guesses is counted as it
   * arrives, not after each slow password check.
   */
  async reserveAttempt(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.perAccount.consume(email), this.perAddress.consume(address)]);
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (refusals.length === 0) return;
    const waits = refusals.map((refusal) => {
      if (refusal instanceof Error) throw refusal; // the store failed: not a refusal
      return (refusal as RateLimiterRes).msBeforeNext;
    });
    const seconds = Math.max(1, Math.ceil(Math.max(...waits) / 1000));
    throw new RateLimitedError(`Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s).`, seconds);
  }

  /** A successful sign-in clears the account's count and gives the address its attempt back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(email), this.perAddress.reward(address, 1)]);
  }
}
