import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.js';
import { Account } from '../modules/access/account.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { verifyPassword } from '../modules/access/password-hashing.js';

const folder = mkdtempSync(join(tmpdir(), 'tripartite-cli-'));
const file = join(folder, 'admin.sqlite');

/** Four processes in a row, each compiling the server with tsx: seconds apiece on a busy machine. */
const SPAWNS_TIMEOUT = 90_000;

/** Runs `tripartite create-admin` from source, as a person runs `pnpm tripartite create-admin`. */
function createAdmin(args: string[], password?: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', join(import.meta.dirname, 'tripartite.ts'), 'create-admin', ...args],
    {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${file}`,
        ...(password ? { TRIPARTITE_ADMIN_PASSWORD: password } : {}),
      },
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('the create-admin command', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates the first admin with an argon2id-hashed password from the environment', async () => {
    const run = createAdmin(['--email', 'Chief@Example.vn', '--name', 'Phạm Minh Châu'], 'a long enough passphrase');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created admin chief@example.vn');
    const orm = await openDatabase({ dialect: 'sqlite', file });
    try {
      const account = await orm.em
        .fork()
        .findOneOrFail(Account, { email: 'chief@example.vn' }, { populate: ['passwordHash'] });
      expect(account.role).toBe('ADMIN');
      expect(await verifyPassword('a long enough passphrase', account.passwordHash)).toBe(true);
      const [record] = await orm.em.fork().find(AuditRecord, { entityId: account.id });
      expect(record).toMatchObject({ action: 'account.create', account: null, before: null });
      expect(record!.actor).toMatch(/^create-admin command \(.+@.+\)$/);
    } finally {
      await orm.close();
    }
  });

  it(
    'refuses a short password, a taken email, missing options and a missing password, creating nothing',
    async () => {
      const short = createAdmin(['--email', 'x@example.vn', '--name', 'X'], 'short');
      expect(short.status).toBe(1);
      expect(short.stderr).toContain('admin.password: at least 12 characters');
      const taken = createAdmin(['--email', 'chief@example.vn', '--name', 'Again'], 'a long enough passphrase');
      expect(taken.status).toBe(1);
      expect(taken.stderr).toContain('already exists');
      const missing = createAdmin(['--email', 'y@example.vn']);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('--name');
      const noPassword = createAdmin(['--email', 'y@example.vn', '--name', 'Y']);
      expect(noPassword.status).toBe(1);
      expect(noPassword.stderr).toContain('TRIPARTITE_ADMIN_PASSWORD');
      const orm = await openDatabase({ dialect: 'sqlite', file });
      try {
        expect(await orm.em.fork().count(Account)).toBe(1);
      } finally {
        await orm.close();
      }
    },
    SPAWNS_TIMEOUT,
  );
});
