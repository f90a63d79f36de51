import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { MikroORM } from '@mikro-orm/sql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './open-database.js';
import { preparedRows } from './prepared-reads.js';
import { SQLITE_CACHED_STATEMENTS } from './sqlite-dialect.js';

/** Statements compiled once per connection (sqlite-dialect.ts), seen through the ORM's connection. */
describe('SQLite statements', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-statements-'));
  let orm: MikroORM;
  const execute = <T extends object[]>(sql: string, params: unknown[] = []) =>
    orm.em.getConnection().execute<T>(sql, params);

  beforeAll(async () => {
    orm = await openDatabase({ dialect: 'sqlite', file: join(folder, 'statements.sqlite') });
    await execute('create table statement_probe (id integer primary key, note text not null unique)');
    await execute(`insert into statement_probe (note) values ('first'), ('second'), ('third')`);
  }, 60_000);
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await orm.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const compilations = () => vi.spyOn(DatabaseSync.prototype, 'prepare');

  it('compiles a statement text once and binds each call its own values', async () => {
    const prepare = compilations();
    const read = 'select note from statement_probe where id = ?';
    const notes = [];
    // Through a hot read's path, which binds the values (MikroORM's `execute` writes them in).
    for (const id of [1, 2, 3, 2]) notes.push((await preparedRows<{ note: string }>(orm.em, read, [id]))[0]?.note);
    expect(notes).toEqual(['first', 'second', 'third', 'second']);
    expect(prepare.mock.calls.filter(([sql]) => sql === read)).toHaveLength(1);
  });

  it('runs a cached statement again after it failed', async () => {
    const insert = 'insert into statement_probe (note) values (?)';
    await execute(insert, ['fourth']);
    await expect(execute(insert, ['fourth'])).rejects.toThrow(/unique/i);
    await execute(insert, ['fifth']);
    const [count] = await execute<{ n: number }[]>('select count(*) as n from statement_probe');
    expect(count?.n).toBe(5);
  });

  it('sees a column added after the statement was compiled', async () => {
    const everything = 'select * from statement_probe where id = ?';
    expect(Object.keys((await execute<object[]>(everything, [1]))[0]!)).toEqual(['id', 'note']);
    await execute(`alter table statement_probe add column remark text default 'added'`);
    expect((await execute<object[]>(everything, [1]))[0]).toEqual({ id: 1, note: 'first', remark: 'added' });
  });

  it(`keeps the ${SQLITE_CACHED_STATEMENTS} most recently used texts and compiles an evicted one again`, async () => {
    const oldest = 'select 0 as n';
    await execute(oldest);
    const prepare = compilations();
    for (let n = 1; n <= SQLITE_CACHED_STATEMENTS; n++) await execute(`select ${n} as n`);
    expect(prepare).toHaveBeenCalledTimes(SQLITE_CACHED_STATEMENTS);
    expect(await execute(oldest)).toEqual([{ n: 0 }]);
    expect(await execute(`select ${SQLITE_CACHED_STATEMENTS} as n`)).toEqual([{ n: SQLITE_CACHED_STATEMENTS }]);
    expect(prepare).toHaveBeenCalledTimes(SQLITE_CACHED_STATEMENTS + 1);
  });
});
