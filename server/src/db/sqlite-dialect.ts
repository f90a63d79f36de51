import { DatabaseSync, type StatementSync } from 'node:sqlite';
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
 * step with `@mikro-orm/sql`'s NodeSqliteDialect, whose constructor takes no connection options,
 * except that statements with bound values are kept compiled (`PreparedStatementCache` below).
 */
export function sqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({
    // Kysely takes the database or a promise of it; MikroORM's own dialect passes a plain function.
    database: async () => {
      const db = new DatabaseSync(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
      if (file !== ':memory:') db.exec('pragma journal_mode = wal');
      const statements = new PreparedStatementCache(db);
      return {
        prepare(sql: string) {
          // Only statements with bound values are kept compiled: MikroORM writes the values into
          // the text of its own statements, which then rarely repeat (an agreement's id, a token).
          const statement = (parameters: readonly unknown[]) =>
            parameters.length > 0 ? statements.get(sql) : db.prepare(sql);
          return {
            reader: /^\s*(select|pragma|explain|with)/i.test(sql) || /\breturning\b/i.test(sql),
            all: (parameters: readonly unknown[]) => statement(parameters).all(...(parameters as never[])),
            run: (parameters: readonly unknown[]) => statement(parameters).run(...(parameters as never[])),
            // A stream is read across awaits, so it gets a statement of its own: another query
            // through the cached one meanwhile would reset it under the stream.
            iterate: (parameters: readonly unknown[]) => db.prepare(sql).iterate(...(parameters as never[])),
          };
        },
        close() {
          db.close();
        },
      };
    },
  });
}

/** Statement texts with bound values kept compiled per connection (the hot reads use about 20). */
export const SQLITE_CACHED_STATEMENTS = 100;

/**
 * Each statement text with bound values compiled once per connection, the most recently used
 * kept. Kysely asks the database to prepare every statement anew, and compiling the hot reads
 * (1.3–2.1 KB of SQL each) cost SQLite nearly as much CPU as running them: through this dialect,
 * 300 requests each on the demo data (load about 20), compiling took 0.47 ms of the headline's
 * 5.3 ms of server CPU per request, 0.78 of the dashboard's 7.5 and 0.50 of the page's 11.1
 * (running the statements: 0.58, 0.75, 1.00). MikroORM writes values into a statement's text;
 * the hot reads bind theirs (prepared-reads.ts), so their texts are the same for every province
 * and every caller. node:sqlite resets a statement and its bindings after each `all`/`run`, and
 * SQLite recompiles a prepared statement by itself when the schema changes.
 */
class PreparedStatementCache {
  private readonly statements = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  get(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (statement) {
      // Map keeps insertion order: moved to the end, the least recently used stays first.
      this.statements.delete(sql);
    } else {
      statement = this.db.prepare(sql);
      if (this.statements.size >= SQLITE_CACHED_STATEMENTS) {
        this.statements.delete(this.statements.keys().next().value!);
      }
    }
    this.statements.set(sql, statement);
    return statement;
  }
}
