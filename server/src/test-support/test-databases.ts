import type { MikroORM } from '@mikro-orm/sql';
import type { DatabaseTarget } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { createScratchPostgresDatabase } from '../db/scratch-postgres-database.js';

/**
 * The databases every integration test runs on: SQLite always, PostgreSQL too when
 * TEST_DATABASE_URL points at a server. Each test file gets databases of its own.
 */
export const testDialects: DatabaseTarget['dialect'][] = process.env['TEST_DATABASE_URL']
  ? ['sqlite', 'postgresql']
  : ['sqlite'];

export type TestDatabase = { orm: MikroORM; target: DatabaseTarget; close: () => Promise<void> };

/** A new, migrated database (seeded with the demo data unless told otherwise), dropped on close. */
export async function openTestDatabase(
  dialect: DatabaseTarget['dialect'],
  options: { seedDemoData?: boolean; statementSink?: (statement: string) => void } = {},
): Promise<TestDatabase> {
  const openOptions = { ...options, seedDemoData: options.seedDemoData ?? true };
  if (dialect === 'sqlite') {
    const target: DatabaseTarget = { dialect: 'sqlite', file: ':memory:' };
    const orm = await openDatabase(target, openOptions);
    return { orm, target, close: () => orm.close() };
  }
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: PostgreSQL tests cannot run');
  const scratch = await createScratchPostgresDatabase(serverUrl, 'tripartite_test');
  const target: DatabaseTarget = { dialect: 'postgresql', url: scratch.url };
  try {
    const orm = await openDatabase(target, openOptions);
    return {
      orm,
      target,
      close: async () => {
        await orm.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
