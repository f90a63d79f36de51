import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { AbstractSqlConnection } from '@mikro-orm/sql';
import { CompiledQuery } from 'kysely';
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
 * On SQLite the same reads bind their values too, so that their texts repeat and the dialect's
 * cache of compiled statements serves them (sqlite-dialect.ts). Reads go through the pool, as
 * `em.getConnection().execute` without a transaction context did before: these are reads of
 * committed data, never part of a write's transaction.
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
  if (connection instanceof PostgreSqlConnection) {
    const { name, text } = prepared(sql, params.length);
    const pool = (await connection.getNativeClient()) as Pool;
    return logged(reader, sql, params, async () => {
      const result = await pool.query<Row & Record<string, unknown>>({
        ...(name === undefined ? {} : { name }),
        text,
        values: [...params],
      });
      return result.rows;
    });
  }
  // SQLite: the values bound, not written into the text as `connection.execute` does, so that the
  // text is the same for every province and the dialect's compiled statement is reused
  // (sqlite-dialect.ts). Through the same Kysely client, so it waits for the one connection as
  // MikroORM's own statements do.
  if (!(connection instanceof AbstractSqlConnection)) throw new Error('A prepared read needs an SQL connection');
  await connection.ensureConnection();
  return logged(reader, sql, params, async () => {
    const result = await connection.getClient().executeQuery<Row>(CompiledQuery.raw(sql, [...params]));
    return [...result.rows];
  });
}

/**
 * Runs a read and writes it to the statement log (LOG_SQL, the tests' statement counts) as
 * MikroORM's own statements read: values inline. Line breaks as spaces: the logger drops them,
 * and the words either side would join (`predecessor_signedfrom ward w`), so the logged statement
 * would not run (headline-plan.test.ts).
 */
async function logged<Row>(
  reader: PreparedReader,
  sql: string,
  params: readonly StatementValue[],
  read: () => Promise<Row[]>,
): Promise<Row[]> {
  const logger = reader.config.getLogger();
  const query = logger.isEnabled('query')
    ? reader
        .getConnection()
        .getPlatform()
        .formatQuery(sql, [...params])
        .replace(/\n/g, ' ')
    : sql;
  const started = Date.now();
  try {
    const rows = await read();
    logger.logQuery({ query, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    logger.logQuery({ query, took: Date.now() - started, level: 'error' });
    throw error;
  }
}
