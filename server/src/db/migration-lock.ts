import pg from 'pg';
import type { DatabaseTarget } from './database-target.js';

/** The advisory lock's name; PostgreSQL keys advisory locks by number, so it is hashed. */
const LOCK_NAME = 'tripartite: migrate and seed';

/**
 * Runs `work` (applying migrations, seeding an empty database) while no other instance does:
 * several instances started at once on one fresh PostgreSQL database otherwise ran the first
 * migration together, and all but one failed on tables another had just created. The lock is a
 * PostgreSQL session advisory lock held on a connection of its own, so it is released however
 * the process ends; the next instance waits for it, then finds nothing pending. SQLite is served
 * by one process, and its file lock already serialises writers: nothing to do there.
 */
export async function whileMigrationLockHeld<T>(database: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (database.dialect !== 'postgresql') return work();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [LOCK_NAME]);
    return await work();
  } finally {
    // Ending the session releases the lock too; unlocking first says so plainly.
    await client.query('select pg_advisory_unlock(hashtext($1))', [LOCK_NAME]).catch(() => {});
    await client.end().catch(() => {});
  }
}
