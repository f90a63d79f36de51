import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { MikroORM } from '@mikro-orm/sql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './open-database.js';
import { preparedRows } from './prepared-reads.js';
import { SQLITE_CACHED_STATEMENTS } from './sqlite-dialect.js';

/**
 * Statements with bound values compiled once per connection (sqlite-dialect.ts), seen through the
 * hot reads' path, which binds its values (`preparedRows`), and MikroORM's, which writes them in.
 */
describe('SQLite statements', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-statements-'));
  let orm: MikroORM;
  const execute = <T extends object[]>(sql: string) => orm.em.getConnection().execute<T>(sql);
  const read = <Row extends object>(sql: string, params: (string | number)[]) => preparedRows<Row>(orm.em, sql, params);

  beforeAll(async () => {
    orm = await openDatabase({ dialect: 'sqlite', file: join(folder, 'statements.sqlite') });
    await execute('create table statement_probe (id integer primary key, note text not null)');
    await execute(`insert into statement_probe (note) values ('first'), ('second'), ('third')`);
  }, 60_000);
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await orm.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const compilations = () => vi.spyOn(DatabaseSync.prototype, 'prepare');

  it('compiles a statement with bound values once and binds each call its own', async () => {
    const prepare = compilations();
    const byId = 'select note from statement_probe where id = ?';
    const notes = [];
    for (const id of [1, 2, 3, 2]) notes.push((await read<{ note: string }>(byId, [id]))[0]?.note);
    expect(notes).toEqual(['first', 'second', 'third', 'second']);
    expect(prepare.mock.calls.filter(([sql]) => sql === byId)).toHaveLength(1);
  });

  it('keeps no statement whose values are written into its text', async () => {
    const prepare = compilations();
    const inline = 'select note from statement_probe where id = 1';
    for (let i = 0; i < 3; i++) expect(await execute(inline)).toEqual([{ note: 'first' }]);
    expect(prepare.mock.calls.filter(([sql]) => sql === inline)).toHaveLength(3);
  });

  it('runs a kept statement again after it failed', async () => {
    const parse = 'select json(?) as parsed';
    expect(await read(parse, ['{}'])).toEqual([{ parsed: '{}' }]);
    await expect(read(parse, ['{'])).rejects.toThrow(/malformed JSON/i);
    expect(await read(parse, ['[1]'])).toEqual([{ parsed: '[1]' }]);
  });

  it('sees a column added after the statement was compiled', async () => {
    const everything = 'select * from statement_probe where id = ?';
    expect(Object.keys((await read(everything, [1]))[0]!)).toEqual(['id', 'note']);
    await execute(`alter table statement_probe add column remark text default 'added'`);
    expect((await read(everything, [1]))[0]).toEqual({ id: 1, note: 'first', remark: 'added' });
  });

  it(`keeps the ${SQLITE_CACHED_STATEMENTS} most recently used and compiles an evicted one again`, async () => {
    const oldest = 'select 0 + ? as n';
    await read(oldest, [0]);
    const prepare = compilations();
    for (let n = 1; n <= SQLITE_CACHED_STATEMENTS; n++) await read(`select ${n} + ? as n`, [0]);
    expect(prepare).toHaveBeenCalledTimes(SQLITE_CACHED_STATEMENTS);
    expect(await read(oldest, [0])).toEqual([{ n: 0 }]);
    expect(await read(`select ${SQLITE_CACHED_STATEMENTS} + ? as n`, [0])).toEqual([{ n: SQLITE_CACHED_STATEMENTS }]);
    expect(prepare).toHaveBeenCalledTimes(SQLITE_CACHED_STATEMENTS + 1);
  });
});
