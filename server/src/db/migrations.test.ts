import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDialects } from '../test-support/test-databases.js';
import { withoutHandWrittenSchema } from './hand-written-schema.js';

describe.each(testDialects)('migrations on %s', (dialect) => {
  it('bring an empty database to exactly the schema the entities describe', async () => {
    const database = await openTestDatabase(dialect, { seedDemoData: false });
    try {
      const executed = await database.orm.migrator.getExecuted();
      expect(executed.length).toBeGreaterThan(0);
      // A non-empty diff means an entity changed without a migration: run `migration:create`.
      const pending = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(withoutHandWrittenSchema(pending)).toBe('');
    } finally {
      await database.close();
    }
  });
});

describe.each(testDialects)('audit records on %s', (dialect) => {
  it('cannot be changed or removed, even with SQL straight to the database', async () => {
    const database = await openTestDatabase(dialect, { seedDemoData: false });
    try {
      const connection = database.orm.em.getConnection();
      await connection.execute(
        `insert into audit_record (id, occurred_at, actor, action, entity_type, entity_id, request_id) values ('6f1f6f7e-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z', 'test', 'test.write', 'Test', '1', 'r1')`,
      );
      await expect(connection.execute(`update audit_record set actor = 'someone else'`)).rejects.toThrow(/permanent/);
      await expect(connection.execute(`delete from audit_record`)).rejects.toThrow(/permanent/);
      const [row] = await connection.execute<{ actor: string }[]>(`select actor from audit_record`);
      expect(row?.actor).toBe('test');
    } finally {
      await database.close();
    }
  });
});
