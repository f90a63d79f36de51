import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/sql';
import { openDatabase } from '../db/open-database.js';
import { Account } from '../modules/access/account.entity.js';
import { Province } from '../modules/geography/province.entity.js';
import { cliOn } from '../test-support/cli-harness.js';

const folder = mkdtempSync(join(tmpdir(), 'tripartite-cli-'));
const file = join(folder, 'cli.sqlite');
const fixtures = join(import.meta.dirname, '..', 'modules', 'imports', 'units', 'test-fixtures');

/** Each spawned process compiles the server with tsx: seconds apiece on a busy machine. */
const SPAWNS_TIMEOUT = 60_000;

/** Runs `pnpm tripartite …` as the root script does, with pnpm's INIT_CWD naming the user's folder. */
function tripartite(args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', join(import.meta.dirname, 'tripartite.ts'), ...args],
    {
      env: { ...process.env, DATABASE_URL: `sqlite:${file}`, INIT_CWD: fixtures, ...env },
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('the tripartite command', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    'lists every command in --help, and each command has its own',
    async () => {
      const help = tripartite(['--help']);
      expect(help.status).toBe(0);
      // Help needs no database: the rest runs in-process, which is quicker than a process each.
      const cli = cliOn(null as unknown as MikroORM);
      for (const command of ['import units', 'import mappings', 'create-admin']) {
        expect(help.stdout).toContain(`pnpm tripartite ${command}`);
        const own = await cli(...command.split(' '), '--help');
        expect(own.code).toBe(0);
        expect(own.stdout).toContain(`Usage: tripartite ${command}`);
      }
      const unknown = await cli('import', 'nothing');
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain("unknown command 'nothing'");
    },
    SPAWNS_TIMEOUT,
  );

  it(
    'migrates a new database, reads files relative to where pnpm ran, and exits non-zero on a bad file',
    async () => {
      const run = tripartite(['import', 'units', 'provinces-2025.csv']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Done: 1 created, 0 updated, 0 unchanged.');
      const missingParent = tripartite(['import', 'units', 'wards-2024.csv']);
      expect(missingParent.status).toBe(1);
      expect(missingParent.stderr).toContain(
        'wards-2024.csv:2: province_code 79 names no provincial unit in force on 2025-06-30',
      );
      const orm = await openDatabase({ dialect: 'sqlite', file });
      try {
        expect(await orm.em.fork().count(Province)).toBe(1);
      } finally {
        await orm.close();
      }
    },
    SPAWNS_TIMEOUT,
  );

  it(
    'creates an admin, as the older create-admin script does',
    async () => {
      const run = tripartite(['create-admin', '--email', 'lead@example.vn', '--name', 'Trần Thị Lan'], {
        TRIPARTITE_ADMIN_PASSWORD: 'a long enough passphrase',
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Created admin lead@example.vn');
      const orm = await openDatabase({ dialect: 'sqlite', file });
      try {
        expect(await orm.em.fork().findOneOrFail(Account, { email: 'lead@example.vn' })).toMatchObject({
          role: 'ADMIN',
        });
      } finally {
        await orm.close();
      }
    },
    SPAWNS_TIMEOUT,
  );
});
