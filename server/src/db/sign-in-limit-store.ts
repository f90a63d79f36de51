import type { MikroORM } from '@mikro-orm/sql';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';
import type { LimiterStore } from '../modules/access/sign-in-limiter.js';

/** Created by the PostgreSQL migration `sign_in_limits` in rate-limiter-flexible's own shape. */
export const SIGN_IN_LIMIT_TABLE = 'sign_in_limit';

/**
 * Where the sign-in counters live. On PostgreSQL, in the database, so that several API
 * instances behind one proxy share them (rate-limiter-flexible's RateLimiterPostgres, through a
 * small pool of its own: MikroORM 7 keeps its pg pool inside its Kysely dialect, with no public
 * way to borrow a client). On embedded SQLite there is only ever one process (the file is the
 * database; several instances need PostgreSQL), so memory is the honest store:
 * rate-limiter-flexible's SQLite store knows sqlite3 and better-sqlite3, not node:sqlite, and a
 * second connection to the file would block the event loop on MikroORM's write locks.
 */
export function signInLimitStore(orm: MikroORM): LimiterStore & { close: () => Promise<void> } {
  const url = orm.config.get('clientUrl');
  if (!url || !/^postgres(ql)?:/.test(url)) {
    return {
      limiter: (options) => new RateLimiterMemory(options),
      close: async () => {},
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  // An idle client whose connection the server ended (a restart, a failover, an operator's
  // pg_terminate_backend, a test dropping its database) is removed by the pool, and the next
  // sign-in opens a new one. Without a listener, Node treats the pool's 'error' event as an
  // uncaught exception and the whole API process would stop.
  pool.on('error', () => {});
  let counters = 0;
  return {
    limiter: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: pool,
        storeType: 'pool',
        tableName: SIGN_IN_LIMIT_TABLE,
        tableCreated: true,
        // One counter deletes expired rows of the whole table every five minutes.
        clearExpiredByTimeout: counters++ === 0,
      }),
    close: () => pool.end(),
  };
}
