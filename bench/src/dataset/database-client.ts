import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { BenchDatabase } from './load.js';

/** A plain connection from the runner to a benchmark database, for reading state and checking writes. */
export type DatabaseClient = {
  dialect: 'sqlite' | 'postgresql';
  /** `?` placeholders on both databases. */
  query: (sql: string, params?: (string | number | null)[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

export async function connect(database: BenchDatabase): Promise<DatabaseClient> {
  if (database.dialect === 'sqlite') {
    const db = new DatabaseSync(database.file);
    return {
      dialect: 'sqlite',
      query: async (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    dialect: 'postgresql',
    query: async (sql, params = []) => {
      let index = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++index}`),
          params,
        )
      ).rows as Record<string, unknown>[];
    },
    close: () => client.end(),
  };
}
