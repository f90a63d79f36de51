import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/test-databases.js';

describe.runIf(testDialects.includes('postgresql'))('the server’s PostgreSQL connections', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('postgresql', { seedDemoData: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('run without JIT compilation, on every connection of the pool', async () => {
    // Several at once, so that the pool opens more than one connection.
    const settings = await Promise.all(
      Array.from({ length: 4 }, () =>
        database.orm.em
          .getConnection()
          .execute<{ jit: string }[]>("select current_setting('jit') as jit, pg_sleep(0.05)", [], 'all'),
      ),
    );
    expect(settings.map(([row]) => row!.jit)).toEqual(['off', 'off', 'off', 'off']);
  });
});
