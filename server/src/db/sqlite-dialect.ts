import { DatabaseSync } from 'node:sqlite';
import { SqliteDialect } from 'kysely';

/**
 * How long a statement waits for another process's lock on the SQLite file before it fails
 * with "database is locked". node:sqlite waits 0 ms by default, so a write (even the token's
 * `lastUsedAt`) failed at once whenever a CLI import, a second server or the bench's other servers
 * on the same file held the lock. node:sqlite is synchronous, so the wait holds the event loop:
 * short enough to stay a hiccup, long enough for another process's ordinary transaction.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2_000;

/**
 * MikroORM's `NodeSqliteDialect`, with the busy timeout above and write-ahead logging for a
 * database file. In write-ahead-log mode readers never wait for a writer in another process (in
 * the default rollback-journal mode a committing writer locks every reader out), and a commit
 * appends to the log instead of rewriting pages twice. `:memory:` databases have no log.
 *
 * The statement bridge is MikroORM's own (a statement "reads" when it returns rows), kept in
 * step with `@mikro-orm/sql`'s NodeSqliteDialect, whose constructor takes no connection options.
 */
export function sqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({
    // Kysely takes the database or a promise of it; MikroORM's own dialect passes a plain function.
    database: async () => {
      const db = new DatabaseSync(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
      if (file !== ':memory:') db.exec('pragma journal_mode = wal');
      return {
        prepare(sql: string) {
          const statement = db.prepare(sql);
          return {
            reader: /^\s*(select|pragma|explain|with)/i.test(sql) || /\breturning\b/i.test(sql),
            all: (parameters: readonly unknown[]) => statement.all(...(parameters as never[])),
            run: (parameters: readonly unknown[]) => statement.run(...(parameters as never[])),
            iterate: (parameters: readonly unknown[]) => statement.iterate(...(parameters as never[])),
          };
        },
        close() {
          db.close();
        },
      };
    },
  });
}
