import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Account } from '../modules/access/account.entity.js';
import { openDatabase } from './open-database.js';

describe('opening a database that has data but no account', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-open-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('says how to create the first admin, or how to reload the demo data with its accounts', async () => {
    const file = join(folder, 'before-accounts.sqlite');
    // A database as an earlier version left it: the demo data, but no accounts.
    const seeded = await openDatabase({ dialect: 'sqlite', file }, { seedDemoData: true });
    await seeded.em.fork().nativeDelete(Account, {});
    await seeded.close();

    const messages: string[] = [];
    const reopened = await openDatabase(
      { dialect: 'sqlite', file },
      { seedDemoData: true, log: (m) => messages.push(m) },
    );
    await reopened.close();
    expect(messages.join('\n')).toContain('No account can sign in yet. Create the first admin with');
    expect(messages.join('\n')).toContain(`delete ${file}`);

    const fresh = await openDatabase(
      { dialect: 'sqlite', file: join(folder, 'new.sqlite') },
      { seedDemoData: true, log: (m) => messages.push(m) },
    );
    await fresh.close();
    expect(messages.filter((m) => m.startsWith('No account'))).toHaveLength(1);
  });
});
