import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParticipationFigure } from '../modules/participation/participation-figure.entity.js';
import { Publication } from '../modules/participation/publication.entity.js';
import { cliOn, type CliRun } from '../test-support/cli-harness.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { testDialects } from '../test-support/test-databases.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Text as Vietnamese Windows writes it in code page 1258: letters it has (ư, ơ, ê, à …) as one
 * byte, and a tone mark it lacks as a letter followed by a combining mark (ờ = ơ + U+0300).
 */
function windows1258(text: string): Buffer {
  const bytes = [...text].map((letter) => {
    const direct = iconv.encode(letter, 'windows-1258');
    if (letter === '?' || direct.toString('latin1') !== '?') return direct;
    const tone = letter.normalize('NFD').match(TONE_MARKS)![0];
    const base = letter.normalize('NFD').replace(tone, '').normalize('NFC');
    return Buffer.concat([iconv.encode(base, 'windows-1258'), iconv.encode(tone, 'windows-1258')]);
  });
  return Buffer.concat(bytes);
}

const HEADER =
  'province_code,ward_code,scheme,measure,period_start,period_end,participants,source_title,source_publisher\r\n';
const row = (ward: string, title: string, publisher: string) =>
  `79,${ward},VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-10-01,2025-12-31,77,${title},${publisher}\r\n`;

describe.each(testDialects)('imports of files that are not UTF-8, on %s', (dialect) => {
  let api: TestServer;
  let tripartite: (...argv: string[]) => Promise<CliRun>;
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-encodings-'));
  const figures = () => api.database.orm.em.fork().count(ParticipationFigure);

  beforeAll(async () => {
    api = await startTestServer(dialect);
    tripartite = cliOn(api.database.orm, folder);
  });
  afterAll(async () => {
    await api.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes Windows-1258 the way Vietnamese Windows does', () => {
    // P h ư ơ + grave n g: the bytes Excel's plain CSV holds for "Phường".
    expect([...windows1258('Phường')].map((byte) => byte.toString(16))).toEqual([
      '50',
      '68',
      'fd',
      'f5',
      'cc',
      '6e',
      '67',
    ]);
  });

  it('refuses a Windows-1258 file with its line and a suggestion, and reads it with --encoding', async () => {
    const file = join(folder, 'bhxh-1258.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(HEADER),
        windows1258(row('26737', 'Báo cáo quý IV', 'BHXH Phường Bến Thành')),
        windows1258(row('26740', 'Báo cáo quý IV', 'Bưu điện Thành phố Hồ Chí Minh')),
      ]),
    );
    const before = await figures();
    const refused = await tripartite('import', 'figures', file, '--as', api.admin.account.email);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bhxh-1258.csv: line 2 is not UTF-8 text');
    expect(refused.stderr).toContain('--encoding windows-1258');
    expect(refused.stderr).toContain('CSV UTF-8');
    expect(await figures()).toBe(before);

    const read = await tripartite(
      'import',
      'figures',
      file,
      '--as',
      api.admin.account.email,
      '--encoding',
      'windows-1258',
    );
    expect(read.stdout).toMatch(/2 rows: 2 new, 0 changed, 0 unchanged; committed/);
    // Combining marks are composed on reading, so the names equal those typed on any keyboard.
    const publishers = (await api.database.orm.em.fork().find(Publication, { title: 'Báo cáo quý IV' })).map(
      (publication) => publication.publisher,
    );
    expect(publishers.sort()).toEqual(['BHXH Phường Bến Thành', 'Bưu điện Thành phố Hồ Chí Minh']);
  });

  it('refuses a Latin-1 file, reads it with --encoding latin1, and names an unknown encoding', async () => {
    const file = join(folder, 'latin1.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(HEADER), iconv.encode(row('26743', 'Báo cáo', 'Société'), 'latin1')]),
    );
    const refused = await tripartite('import', 'figures', file, '--as', api.admin.account.email, '--dry-run');
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('latin1.csv: line 2 is not UTF-8 text') });
    const read = await tripartite('import', 'figures', file, '--as', api.admin.account.email, '--encoding', 'latin1');
    expect(read.stdout).toMatch(/1 rows: 1 new/);
    expect(await api.database.orm.em.fork().count(Publication, { title: 'Báo cáo', publisher: 'Société' })).toBe(1);

    const unknown = await tripartite(
      'import',
      'figures',
      file,
      '--as',
      api.admin.account.email,
      '--encoding',
      'klingon',
    );
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown encoding "klingon"') });
  });

  it('refuses official lists that are not UTF-8 too', async () => {
    const file = join(folder, 'communes.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('code,name,full_name,name_en,kind,province_code\r\n'),
        windows1258('26734,Sài Gòn,Phường Sài Gòn,Sai Gon Ward,ward,79\r\n'),
      ]),
    );
    const refused = await tripartite('import', 'units', file, '--dry-run');
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('communes.csv: line 2 is not UTF-8 text'),
    });
  });

  it('reads `;` between cells (Vietnamese Excel) and combining marks in official lists too', async () => {
    const file = join(folder, 'communes-semicolon.csv');
    writeFileSync(
      file,
      `code;name;full_name;name_en;kind;province_code\r\n26734;${'Sài Gòn'.normalize('NFD')};Phường Sài Gòn;Sai Gon Ward;WARD;79\r\n`,
    );
    const read = await tripartite('import', 'units', file, '--dry-run');
    expect(read).toMatchObject({ code: 0, stderr: '' });
    expect(read.stdout).toContain('communes-semicolon.csv: 1 rows');
    // The name as it would be stored: composed (NFC), as typed on any keyboard.
    expect(read.stdout).toContain(`create ward 26734 ${'Sài Gòn'.normalize('NFC')} (2025-07-01 – open)`);
  });

  it('refuses CSV text sent over GraphQL that a wrong decoding left replacement characters in', async () => {
    const damaged = new TextDecoder().decode(windows1258(`${HEADER}${row('26743', 'Báo cáo', 'Bến Thành')}`));
    const response = await api.graphql(
      'mutation ($input: ImportFileInput!) { importParticipationFigures(input: $input) { rows } }',
      { input: { csv: damaged, fileName: 'damaged.csv' } },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(response.errors?.[0]?.message).toMatch(/^damaged\.csv: line 2 holds “�”/);
  });
});
