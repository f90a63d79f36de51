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

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    const window = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'account', points: limits.failuresPerAccount, ...window });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.failuresPerAddress, ...window });
  }

  /** Refuses before any password is checked when either count is used up. */
  async assertMayTry(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      this.blockedFor(account, this.limits.failuresPerAccount),
      this.blockedFor(client, this.limits.failuresPerAddress),
    ].filter((ms): ms is number => ms !== null);
    if (blocked.length > 0) {
      const seconds = Math.ceil(Math.max(...blocked) / 1000);
      throw new RateLimitedError(
        `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s).`,
        seconds,
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private blockedFor(state: RateLimiterRes | null, limit: number): number | null {
    return state && state.consumedPoints >= limit ? state.msBeforeNext : null;
  }
}
