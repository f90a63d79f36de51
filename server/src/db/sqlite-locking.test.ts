import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MikroORM } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';

/**
 * Another connection to the same file (a CLI import, a second server), in a worker thread: node:sqlite
 * is synchronous, so a lock held from this thread could never be let go while this thread waits.
 * It holds the write lock for `holdMs`, then commits; `locked` resolves once it holds it. An exclusive
 * lock is what a writer takes to commit; in the rollback-journal mode it also locks readers out.
 */
function anotherWriter(file: string, holdMs: number, begin: 'immediate' | 'exclusive' = 'immediate') {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(workerData.file, { timeout: 5000 });
    db.exec('begin ' + workerData.begin);
    db.exec("insert into ward_lock_probe (note) values ('held by another connection')");
    parentPort.postMessage('locked');
    setTimeout(() => { db.exec('commit'); db.close(); parentPort.postMessage('released'); }, workerData.holdMs);`,
    { eval: true, workerData: { file, holdMs, begin } },
  );
  const message = (expected: string) =>
    new Promise<void>((resolve, reject) => {
      worker.on('message', (m) => m === expected && resolve());
      worker.once('error', reject);
    });
  return { locked: message('locked'), released: message('released'), stop: () => worker.terminate() };
}

describe('a SQLite file shared with another process', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-locking-'));
  const file = join(folder, 'shared.sqlite');
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await openDatabase({ dialect: 'sqlite', file });
    await orm.em.getConnection().execute('create table ward_lock_probe (id integer primary key, note text)');
  }, 60_000);
  afterAll(async () => {
    await orm.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the file in write-ahead-log mode', async () => {
    const [mode] = await orm.em.getConnection().execute<{ journal_mode: string }[]>('pragma journal_mode');
    expect(mode?.journal_mode).toBe('wal');
  });

  it('reads while another connection is in the middle of writing', async () => {
    const writer = anotherWriter(file, 300, 'exclusive');
    await writer.locked;
    const started = performance.now();
    const rows = await orm.em.getConnection().execute<{ n: number }[]>('select count(*) as n from ward_lock_probe');
    // The other connection's row is not committed yet: a read sees the file as it was.
    expect(rows[0]?.n).toBe(0);
    expect(performance.now() - started).toBeLessThan(150);
    await writer.released;
    await writer.stop();
  });

  it('waits for another connection’s write lock instead of failing with "database is locked"', async () => {
    const writer = anotherWriter(file, 300);
    await writer.locked;
    const started = performance.now();
    await orm.em.getConnection().execute("insert into ward_lock_probe (note) values ('written by the server')");
    // It waited for the other transaction to commit (about 300 ms), then wrote after it.
    expect(performance.now() - started).toBeGreaterThan(100);
    const notes = await orm.em
      .getConnection()
      .execute<{ note: string }[]>('select note from ward_lock_probe order by id');
    expect(notes.map((row) => row.note)).toEqual([
      'held by another connection',
      'held by another connection',
      'written by the server',
    ]);
    await writer.released;
    await writer.stop();
  });
});
