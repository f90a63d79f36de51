import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDialects } from '../test-support/test-databases.js';

describe.each(testDialects)('migrations on %s', (dialect) => {
  it('bring an empty database to exactly the schema the entities describe', async () => {
    const database = await openTestDatabase(dialect, { seedDemoData: false });
    try {
      const executed = await database.orm.migrator.getExecuted();
      expect(executed.length).toBeGreaterThan(0);
      // A non-empty diff means an entity changed without a migration: run `migration:create`.
      const pending = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(pending.trim()).toBe('');
    } finally {
      await database.close();
    }
  });
});
