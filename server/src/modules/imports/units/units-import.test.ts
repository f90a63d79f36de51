import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn, type CliRun } from '../../../test-support/cli-harness.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { AuditRecord } from '../../audit/audit-record.entity.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';

const fixtures = join(import.meta.dirname, 'test-fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'tripartite-units-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, lines: string[]): string {
  const path = join(scratch, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe.each(testDialects)('importing unit lists and mappings from files on %s', (dialect) => {
  let server: TestServer;
  let cli: (...argv: string[]) => Promise<CliRun>;
  const count = async () => ({
    provinces: await server.database.orm.em.fork().count(Province),
    wards: await server.database.orm.em.fork().count(Ward),
  });

  beforeAll(async () => {
    server = await startTestServer(dialect, { seedDemoData: false });
    // Relative paths start where the user ran the command: here, the fixtures folder.
    cli = cliOn(server.database.orm, fixtures);
  });
  afterAll(() => server.close());

  it('refuses a file with bad rows, naming each by line, and writes nothing', async () => {
    const bad = scratchFile('bad-communes.csv', [
      'code,name,full_name,name_en,kind,province_code',
      '26737,Tân Định,Phường Tân Định,Tan Dinh,WARD,79',
      '2674,Sài Gòn,Phường Sài Gòn,Sai Gon,WARD,79',
      '26743,,Phường Bến Thành,Ben Thanh,WARD,79',
      '26737,Tân Định again,Phường Tân Định,Tan Dinh,WARD,79',
      '26749,Phạm Ngũ Lão,Phường Phạm Ngũ Lão,Pham Ngu Lao,TOWNSHIP,79',
      '26752,Cầu Ông Lãnh,Phường Cầu Ông Lãnh,Cau Ong Lanh,WARD,99',
    ]);
    const run = await cli('import', 'units', 'provinces-2025.csv', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-communes.csv:3: code "2674" is not five digits');
    expect(run.stderr).toContain('bad-communes.csv:4: name is empty');
    expect(run.stderr).toContain('bad-communes.csv:5: code 26737 is already on line 2');
    expect(run.stderr).toContain('bad-communes.csv:6: kind "TOWNSHIP" is not one of WARD, COMMUNE, SPECIAL_ZONE');
    expect(run.stderr).toContain(
      'bad-communes.csv:7: province_code 99 names no provincial unit in force on 2025-07-01',
    );
    expect(run.stderr).toContain('5 bad row(s); nothing was written.');
    expect(run.stderr).not.toContain(':2:');
    // The good province file in the same load was not written either.
    expect(await count()).toEqual({ provinces: 0, wards: 0 });
  });

  it('shows what a dry run would change and writes nothing', async () => {
    const run = await cli('import', 'units', '--dry-run', 'provinces-2025.csv', 'communes-2025.csv');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would change:');
    expect(run.stdout).toContain('create ward 26740 Sài Gòn (2025-07-01 – open)');
    expect(run.stdout).toContain('Dry run, nothing written: would be 4 created, 0 updated, 0 unchanged.');
    expect(await count()).toEqual({ provinces: 0, wards: 0 });
  });

  it('loads a provincial list from XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tỉnh');
    sheet.addRow(['code', 'name', 'full_name', 'name_en', 'kind']);
    sheet.addRow(['79', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh', 'CITY']);
    // Names typed with combining marks are stored precomposed (NFC).
    sheet.addRow(['74', 'Bình Dương'.normalize('NFD'), 'Tỉnh Bình Dương', 'Binh Duong', 'PROVINCE']);
    const path = join(scratch, `provinces-2024-${dialect}.xlsx`);
    await workbook.xlsx.writeFile(path);
    const run = await cli('import', 'units', path);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Done: 2 created, 0 updated, 0 unchanged.');
    const binhDuong = await server.database.orm.em.fork().findOneOrFail(Province, { code: '74' });
    expect(binhDuong).toMatchObject({
      name: 'Bình Dương'.normalize('NFC'),
      validFrom: '2008-08-01',
      validTo: '2025-06-30',
    });
  });

  it('explains a code a spreadsheet turned into a number, and a file that is not there', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tỉnh');
    sheet.addRow(['Code', 'Name', 'Full_Name', 'Name_En', 'Kind']);
    sheet.addRow([1, 'Hà Nội', 'Thành phố Hà Nội', 'Hanoi', 'CITY']);
    const path = join(scratch, `provinces-2025-numbers-${dialect}.xlsx`);
    await workbook.xlsx.writeFile(path);
    const run = await cli('import', 'units', path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(':2: code "1" is not two digits (a spreadsheet may have dropped its leading zeros');
    const missing = await cli('import', 'units', 'no-such-file.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Cannot read ${join(fixtures, 'no-such-file.csv')}: ENOENT\n`);
    expect(await count()).toEqual({ provinces: 2, wards: 0 });
  });

  it('loads lists and a ward mapping with splits, and a second load changes nothing', async () => {
    const lists = ['provinces-2025.csv', 'communes-2025.csv', 'provinces-2024.csv', 'wards-2024.csv'];
    const first = await cli('import', 'units', ...lists);
    expect(first.code).toBe(0);
    // The two 2024 provinces came from the XLSX file: the CSV matches them by code and period.
    expect(first.stdout).toContain('Provinces: 1 created, 0 updated, 2 unchanged');
    expect(first.stdout).toContain('Communes and wards: 10 created, 0 updated, 0 unchanged');
    const provinces = await cli('import', 'mappings', 'provinces-mapping-2025.csv');
    expect(provinces.stdout).toContain('Done: 0 created, 2 updated, 0 unchanged.');
    const wards = await cli('import', 'mappings', 'ward-mappings-2025.csv');
    expect(wards.stdout).toContain('Done: 9 created, 0 updated, 0 unchanged.');

    const result = await server.graphql<{
      daKao: { validTo: string; successors: { code: string; name: string }[] };
      saiGon: { predecessors: { code: string }[] };
      binhDuong: { successor: { code: string; validFrom: string } };
    }>(`{
      daKao: ward(code: "26737", asOf: "2025-06-30") { validTo successors { code name } }
      saiGon: ward(code: "26740", asOf: "2025-07-01") { predecessors { code } }
      binhDuong: province(code: "74", asOf: "2024-01-01") { successor { code validFrom } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.daKao.validTo).toBe('2025-06-30');
    expect(result.data?.daKao.successors.map((ward) => ward.name).sort()).toEqual(['Sài Gòn', 'Tân Định']);
    expect(result.data?.saiGon.predecessors.map((ward) => ward.code).sort()).toEqual(['26737', '26740', '26746']);
    expect(result.data?.binhDuong.successor).toEqual({ code: '79', validFrom: '2025-07-01' });

    const again = await cli('import', 'units', ...lists);
    expect(again.stdout).toContain('Done: 0 created, 0 updated, 13 unchanged.');
    expect((await cli('import', 'mappings', 'ward-mappings-2025.csv')).stdout).toContain(
      'Done: 0 created, 0 updated, 9 unchanged.',
    );
    expect((await cli('import', 'mappings', 'provinces-mapping-2025.csv')).stdout).toContain(
      'Done: 0 created, 0 updated, 2 unchanged.',
    );
  });

  it('keeps one audit record per load, naming the files and their sha256', async () => {
    const records = await server.database.orm.em
      .fork()
      .find(
        AuditRecord,
        { action: { $in: ['units.import', 'units.importMappings'] } },
        { orderBy: { occurredAt: 'asc' } },
      );
    // XLSX, lists, two mappings, lists again, two mappings again; refused loads and dry runs leave none.
    expect(records).toHaveLength(7);
    expect(records[1]!.actor).toMatch(/^tripartite import units command \(.+@.+\)$/);
    expect(records[1]!.after).toMatchObject({
      files: [{ file: 'provinces-2025.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }, {}, {}, {}],
      wards: { created: 10, updated: 0, unchanged: 0 },
    });
  });

  it('refuses mappings whose units are not in force on the days around effective_on', async () => {
    const bad = scratchFile('bad-ward-mappings.csv', [
      'old_code,new_code,effective_on',
      '26734,26737,2025-07-01',
      '26737,26743,2008-01-01',
      '26755,26743,2025-07-01',
      '26734,26737,2025-07-01',
      '26740,26740,2025-07-32',
    ]);
    const run = await cli('import', 'mappings', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'bad-ward-mappings.csv:3: old_code 26737 names no ward in force on 2007-12-31; new_code 26743 names no ward in force on 2008-01-01',
    );
    expect(run.stderr).toContain('bad-ward-mappings.csv:4: old_code 26755 names no ward in force on 2025-06-30');
    expect(run.stderr).toContain('bad-ward-mappings.csv:5: the same mapping is already on line 2');
    expect(run.stderr).toContain('bad-ward-mappings.csv:6: effective_on "2025-07-32" is not a day');
    expect(run.stderr).toContain('4 bad row(s); nothing was written.');
  });
});
