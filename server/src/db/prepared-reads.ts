import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';

/*
 * The hot reads' statements (the headline's wards, the province, the dashboard's targets, the page,
 * who is asking) as named prepared statements on PostgreSQL.
 *
 * Why: MikroORM 7 writes every parameter into the statement's text (`platform.formatQuery`) and
 * sends it with the simple query protocol, so PostgreSQL parses and plans every request's
 * statement anew. For the headline of Ho Chi Minh City that planning was 0.8–1.0 ms against about
 * 1.5–2 ms of execution (EXPLAIN ANALYZE on the bench's data, one session), and at 16 connections
 * the headline is bound by PostgreSQL's CPU. A named statement is parsed once per connection and,
 * after five runs, PostgreSQL keeps a generic plan when it is no costlier than the custom ones
 * (`plan_cache_mode = auto`): planning 0.03 ms.
 *
 * SQLite keeps MikroORM's path: node:sqlite prepares in-process, there is no planner round trip.
 * Reads go through the pool, as `em.getConnection().execute` without a transaction context did
 * before: these are reads of committed data, never part of a write's transaction.
 */

/** What a hot read needs of the EntityManager: its connection, and its logger for the statement log. */
export type PreparedReader = Pick<EntityManager, 'getConnection' | 'config'>;

/** Values bound as parameters: no dates or objects, whose text form would depend on the driver. */
export type StatementValue = string | number | boolean | null;

/** Distinct statements kept as named statements; beyond this, unnamed (planned each time). */
const MOST_NAMED_STATEMENTS = 500;
/** By the statement as written (`?` placeholders): its name and its text for PostgreSQL. */
const preparedBySql = new Map<string, Prepared>();

type Prepared = { name: string | undefined; text: string };

/**
 * `?` placeholders (the form MikroORM and our SQL use) as PostgreSQL's `$1, $2, …`. A `?` inside a
 * quoted literal or identifier is refused rather than guessed at: none of our statements has one.
 */
export function numberedPlaceholders(sql: string, count: number): string {
  let text = '';
  let quote: string | null = null;
  let n = 0;
  for (const char of sql) {
    if (quote !== null) {
      if (char === quote) quote = null;
      else if (char === '?') throw new Error('A prepared read has a ? inside quotes');
      text += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      text += char;
    } else {
      text += char === '?' ? `$${++n}` : char;
    }
  }
  if (n !== count) throw new Error(`A prepared read has ${n} placeholders for ${count} values`);
  return text;
}

function prepared(sql: string, count: number): Prepared {
  const known = preparedBySql.get(sql);
  if (known !== undefined) return known;
  const text = numberedPlaceholders(sql, count);
  if (preparedBySql.size >= MOST_NAMED_STATEMENTS) return { name: undefined, text };
  const made = { name: `tripartite_read_${preparedBySql.size + 1}`, text };
  preparedBySql.set(sql, made);
  return made;
}

/** The rows of one read statement with `?` placeholders. */
export async function preparedRows<Row extends object = Record<string, unknown>>(
  reader: PreparedReader,
  sql: string,
  params: readonly StatementValue[],
): Promise<Row[]> {
  const connection = reader.getConnection();
  if (!(connection instanceof PostgreSqlConnection)) {
    return connection.execute<Row[]>(sql, [...params], 'all');
  }
  const { name, text } = prepared(sql, params.length);
  const pool = (await connection.getNativeClient()) as Pool;
  const logger = reader.config.getLogger();
  // The statement log (LOG_SQL, the tests' statement counts) reads as MikroORM's own: values inline.
  const logged = logger.isEnabled('query') ? connection.getPlatform().formatQuery(sql, [...params]) : sql;
  const started = Date.now();
  try {
    const result = await pool.query<Row & Record<string, unknown>>({
      ...(name === undefined ? {} : { name }),
      text,
      values: [...params],
    });
    logger.logQuery({ query: logged, took: Date.now() - started, results: result.rows.length, level: 'info' });
    return result.rows;
  } catch (error) {
    logger.logQuery({ query: logged, took: Date.now() - started, level: 'error' });
    throw error;
  }
}
