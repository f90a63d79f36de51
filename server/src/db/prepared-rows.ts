import { createHash } from 'node:crypto';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { PlainRowReader } from '../graphql/request-context.js';

/*
 * The hot reads' statements as named prepared statements on PostgreSQL. MikroORM sends a raw
 * statement as text with its values written in, and PostgreSQL plans text afresh every time: for
 * the headline that planning cost more than running it. Measured on the bench's data (backend CPU
 * per execution from /proc/<pid>/schedstat, 9 alternating rounds in one session, load 8-9):
 * 10-ward headline 1.74 → 0.36 ms, 168-ward (Ho Chi Minh City) 3.46 → 2.15 ms; `EXPLAIN` alone of
 * the 10-ward statement cost 1.6 ms. Prepared under a name, each pooled connection plans it five
 * times and then keeps PostgreSQL's generic plan (the same nested loops over the wards' indexes
 * the custom plans chose, for 10 wards as for 10,000).
 */

/**
 * How many statement texts get a name. A name stays prepared on every pooled connection for
 * the connection's life, and a statement's text varies with the fields a query selects: the
 * first texts seen (the handful of shapes clients send) are named, any further ones run unnamed,
 * so no client can make the server hold an unbounded number of plans.
 */
const MOST_NAMED_STATEMENTS = 64;
const names = new Map<string, string>();

type PgPool = {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
};

/**
 * The rows of a select with `?` placeholders: on PostgreSQL as a named prepared statement (see
 * above), on SQLite through MikroORM as before. Logged like any other statement (LOG_SQL, tests'
 * statement counts). Like `em.getConnection().execute`, it reads outside any transaction.
 */
export async function plainRows(
  em: PlainRowReader,
  sql: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const connection = em.getConnection();
  if (!(em.getPlatform() instanceof PostgreSqlPlatform)) return connection.execute(sql, params, 'all');
  let placeholders = 0;
  const text = sql.replace(/\?/g, () => `$${++placeholders}`);
  if (placeholders !== params.length)
    throw new Error(`plainRows: ${placeholders} placeholders for ${params.length} values`);
  const pool = (await connection.getNativeClient()) as PgPool;
  const name = nameOf(text);
  const started = Date.now();
  const log = (context: { results?: number; level: 'info' | 'error' }) => {
    const logger = em.config.getLogger();
    if (!logger.isEnabled('query')) return;
    // As MikroORM logs its own: the text, with the values written in when `query-params` is on;
    // line breaks as spaces, since the logger drops them (and the words either side would join).
    const query = logger.isEnabled('query-params') ? em.getPlatform().formatQuery(sql, params) : sql;
    logger.logQuery({ query: query.replace(/\s+/g, ' '), params, took: Date.now() - started, ...context });
  };
  try {
    const { rows } = await pool.query({ ...(name ? { name } : {}), text, values: params });
    log({ results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    log({ level: 'error' });
    throw error;
  }
}

function nameOf(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= MOST_NAMED_STATEMENTS) return known;
  const name = `tripartite_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  names.set(text, name);
  return name;
}
