import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { createScratchPostgresDatabase } from '../db/scratch-postgres-database.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { ParticipationFigure } from '../modules/participation/participation-figure.entity.js';
import { testDialects } from '../test-support/test-databases.js';
import { cliOn, type CliRun } from '../test-support/cli-harness.js';

const DIRECTOR = 'director.hcm@tripartite.local';
const HEADER =
  'province_code,ward_code,scheme,measure,period_start,period_end,participants,source_title,source_publisher';
const row = (ward: string, participants: string) =>
  `79,${ward},VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,${participants},Báo cáo quý III,BHXH TP.HCM`;

describe.each(testDialects)('the import and export commands, on %s', (dialect) => {
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-cli-'));
  let orm: MikroORM;
  let dropDatabase = async () => {};
  const figures = () => orm.em.fork().count(ParticipationFigure);
  /** `pnpm tripartite …args` in-process on this test's database, output captured. */
  let run: (...argv: string[]) => Promise<CliRun>;
  const tripartite = (...argv: string[]) => run(...argv);

  beforeAll(async () => {
    let target: DatabaseTarget;
    if (dialect === 'sqlite') {
      target = { dialect, file: join(folder, 'cli.sqlite') };
    } else {
      const scratch = await createScratchPostgresDatabase(process.env['TEST_DATABASE_URL']!, 'tripartite_cli_test');
      target = { dialect, url: scratch.url };
      dropDatabase = scratch.drop;
    }
    orm = await openDatabase(target, { seedDemoData: true });
    run = cliOn(orm, folder);
  });
  afterAll(async () => {
    await orm.close();
    await dropDatabase();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports figures as the named account, once, after a dry run that writes nothing', async () => {
    const file = join(folder, 'quy-3.csv');
    writeFileSync(file, `${HEADER}\n${row('26737', '1250')}\n${row('26740', '980')}\n`);
    const before = await figures();

    const dry = await tripartite('import', 'figures', file, '--as', DIRECTOR, '--dry-run');
    expect(dry).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/dry run, nothing written\): 2 rows: 2 new/),
    });
    expect(await figures()).toBe(before);

    const done = await tripartite('import', 'figures', file, '--as', DIRECTOR);
    expect(done.stdout).toMatch(/2 rows: 2 new, 0 changed, 0 unchanged; committed/);
    expect(await figures()).toBe(before + 2);
    const audit = await orm.em.fork().findOneOrFail(AuditRecord, { action: 'import.participationFigures' });
    expect(audit.actor).toMatch(DIRECTOR);
    expect(audit.after).toMatchObject({ fileName: 'quy-3.csv', rows: 2, created: 2 });

    const again = await tripartite('import', 'figures', file, '--as', DIRECTOR);
    expect(again.stdout).toMatch(/0 new, 0 changed, 2 unchanged; nothing to write/);
    expect(await figures()).toBe(before + 2);
  });

  it('names the bad line on stderr, exits 1 and writes nothing', async () => {
    const file = join(folder, 'broken.csv');
    writeFileSync(file, `${HEADER}\n${row('26743', '10')}\n${row('26758', '1.5')}\n`);
    const before = await figures();
    const result = await tripartite('import', 'figures', file, '--as', DIRECTOR);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 3, participants: participants: a whole number/m);
    expect(await figures()).toBe(before);
  });

  it('refuses unknown accounts and accounts without the role', async () => {
    const file = join(folder, 'one.csv');
    writeFileSync(file, `${HEADER}\n${row('26743', '10')}\n`);
    const unknown = await tripartite('import', 'figures', file, '--as', 'nobody@example.org');
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/No account has the email/) });
    const viewer = await tripartite('import', 'figures', file, '--as', 'viewer@tripartite.local');
    expect(viewer).toMatchObject({ code: 1, stderr: expect.stringMatching(/needs the role ADMIN or DIRECTOR/) });
    const missing = await tripartite('import', 'figures', file);
    expect(missing.stderr).toMatch(/--as <email>/);
  });

  it('exports figures and agreements that, imported again, change nothing', async () => {
    for (const kind of ['figures', 'agreements']) {
      const file = join(folder, `export-${kind}.csv`);
      const exported = await tripartite('export', kind, '--province', '79', '--output', file);
      expect(exported.code).toBe(0);
      expect(readFileSync(file, 'utf8').split('\r\n').length).toBeGreaterThan(3);
      const reimported = await tripartite('import', kind, file, '--as', 'admin@tripartite.local');
      expect(reimported.stdout).toMatch(/: \d+ rows: 0 new, 0 changed, \d+ unchanged; nothing to write/);
      expect(reimported.code).toBe(0);
    }
  });
});
