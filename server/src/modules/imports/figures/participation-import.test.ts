import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleAccounts, type RoleAccounts } from '../../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { AuditRecord } from '../../audit/audit-record.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import { ParticipationFigureFlag } from './participation-figure-flag.entity.js';

const IMPORT = `mutation ($input: ImportFileInput!) {
  importParticipationFigures(input: $input) {
    kind fileName sha256 dryRun written rows created changed unchanged
    problems { line column message }
    flags { line kind message }
  }
}`;

type Result = {
  written: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  unchanged: number;
  sha256: string;
  problems: { line: number; column: string | null; message: string }[];
  flags: { line: number; kind: string; message: string }[];
};

const HEADER =
  'province_code,ward_code,scheme,measure,period_start,period_end,participants,source_title,source_publisher,source_published_on,listed_at_least,note';
const SOURCE = 'Báo cáo thử nghiệm,BHXH Thành phố Hồ Chí Minh,2025-10-15';

function csv(...rows: string[]): string {
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}

describe.each(testDialects)('importing participation figures, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  const figures = () => api.database.orm.em.fork().count(ParticipationFigure);
  const audits = (action: string) => api.database.orm.em.fork().count(AuditRecord, { action });
  const run = async (input: Record<string, unknown>, token = accounts.directorHcm.token) => {
    const response = await api.graphql<{ importParticipationFigures: Result }>(IMPORT, { input }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.importParticipationFigures;
  };

  beforeAll(async () => {
    api = await startTestServer(dialect);
    accounts = await createRoleAccounts(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('records a good file with an audit record per figure and one for the import, and a second import changes nothing', async () => {
    const file = csv(
      `79,26737,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,1250,${SOURCE},,`,
      `79,,HOUSEHOLD_HEALTH_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,"812465",${SOURCE},,"quý III, như công bố"`,
    );
    const before = { figures: await figures(), audits: await audits('participationFigure.record') };
    const first = await run({ csv: file, fileName: 'quy-3.csv' });
    expect(first).toMatchObject({ written: true, rows: 2, created: 2, unchanged: 0, problems: [] });
    expect(await figures()).toBe(before.figures + 2);
    expect(await audits('participationFigure.record')).toBe(before.audits + 2);
    const importAudit = await api.database.orm.em
      .fork()
      .findOneOrFail(AuditRecord, { action: 'import.participationFigures' });
    expect(importAudit.after).toMatchObject({ fileName: 'quy-3.csv', sha256: first.sha256, rows: 2, created: 2 });

    const ward = await api.graphql<{ ward: { participationFigures: { participants: number }[] } }>(
      '{ ward(code: "26737") { participationFigures(year: 2025) { participants } } }',
    );
    expect(ward.data!.ward.participationFigures.map((figure) => figure.participants)).toContain(1250);

    const second = await run({ csv: file, fileName: 'quy-3.csv' });
    expect(second).toMatchObject({ written: false, created: 0, unchanged: 2, problems: [] });
    expect(await figures()).toBe(before.figures + 2);
    expect(await audits('import.participationFigures')).toBe(1);
  });

  it('writes nothing when one row is bad, and names every bad row with its line and column', async () => {
    const before = await figures();
    const result = await run({
      csv: csv(
        `79,26740,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,900,${SOURCE},,`,
        `79,26740,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,-5,${SOURCE},,`,
        `79,99999,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,10,${SOURCE},,`,
        `79,26740,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,900,${SOURCE},,`,
        `79,26743,SOMETHING,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-02-30,10,${SOURCE},,`,
      ),
      fileName: 'broken.csv',
    });
    expect(result.written).toBe(false);
    expect(await figures()).toBe(before);
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [3, 'participants'],
      [4, 'ward_code'],
      [5, null],
      [6, 'scheme'],
      [6, 'period_end'],
    ]);
    expect(result.problems[1]!.message).toMatch(/99999/);
    expect(result.problems[2]!.message).toMatch(/Line 2 already gives/);
  });

  it('refuses rows outside the caller’s province, coordinators and viewers', async () => {
    const file = csv(`79,26758,VOLUNTARY_SOCIAL_INSURANCE,ENROLLED_IN_PERIOD,2025-07-01,2025-09-30,40,${SOURCE},,`);
    const before = await figures();
    const hanoi = await run({ csv: file, fileName: 'hcm.csv' }, accounts.directorHanoi.token);
    expect(hanoi.written).toBe(false);
    expect(hanoi.problems).toEqual([
      { line: 2, column: 'ward_code', message: expect.stringMatching(/outside your agency’s province/) },
    ]);
    for (const token of [accounts.coordinatorHcm.token, accounts.viewer.token]) {
      const refused = await api.graphql(IMPORT, { input: { csv: file, fileName: 'x.csv' } }, { token });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await figures()).toBe(before);
  });

  it('writes nothing on a dry run, but says what it would do', async () => {
    const before = await figures();
    const result = await run({
      csv: csv(`79,26758,VOLUNTARY_SOCIAL_INSURANCE,ENROLLED_IN_PERIOD,2025-07-01,2025-09-30,40,${SOURCE},,`),
      fileName: 'dry.csv',
      dryRun: true,
    });
    expect(result).toMatchObject({ dryRun: true, written: false, created: 1, problems: [] });
    expect(await figures()).toBe(before);
  });

  it('reads XLSX workbooks, dates and numbers as cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      '79',
      '26767',
      'VOLUNTARY_SOCIAL_INSURANCE',
      'PARTICIPANTS_AT_PERIOD_END',
      new Date(Date.UTC(2025, 6, 1)),
      new Date(Date.UTC(2025, 8, 30)),
      777,
      'Báo cáo XLSX',
      'BHXH Thành phố Hồ Chí Minh',
    ]);
    const xlsxBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await run({ xlsxBase64, fileName: 'quy-3.xlsx' });
    expect(result).toMatchObject({ written: true, created: 1, problems: [] });
    const again = await run({ xlsxBase64, fileName: 'quy-3.xlsx' });
    expect(again).toMatchObject({ written: false, unchanged: 1 });
  });

  it('flags suspicious figures, records them anyway, and lists them for the director', async () => {
    const file = csv(
      `79,26773,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-07-01,2025-09-30,61,${SOURCE},500,`,
      `79,26773,VOLUNTARY_SOCIAL_INSURANCE,ENROLLED_IN_PERIOD,2025-07-01,2025-09-30,80,${SOURCE},,`,
      `79,26773,VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-10-01,2025-10-31,700,${SOURCE},,`,
    );
    const result = await run({ csv: file, fileName: 'suspicious.csv' });
    expect(result).toMatchObject({ written: true, created: 3, problems: [] });
    expect(result.flags.map((flag) => [flag.line, flag.kind])).toEqual([
      [2, 'BELOW_LISTED_THRESHOLD'],
      [3, 'NEW_EXCEEDS_TOTAL'],
      [4, 'FAR_FROM_PREVIOUS'],
    ]);
    expect(await api.database.orm.em.fork().count(ParticipationFigureFlag)).toBe(3);
    // The same file again records nothing, so it raises (and stores) no new flags.
    const again = await run({ csv: file, fileName: 'suspicious.csv' });
    expect(again).toMatchObject({ written: false, unchanged: 3, flags: [] });
    expect(await api.database.orm.em.fork().count(ParticipationFigureFlag)).toBe(3);
    const listed = await api.graphql<{
      participationFigureFlags: { kind: string; importedFrom: string; figure: { participants: number } }[];
    }>(
      '{ participationFigureFlags(provinceCode: "79") { kind importedFrom figure { participants } } }',
      {},
      { token: accounts.directorHcm.token },
    );
    expect(listed.data!.participationFigureFlags).toContainEqual({
      kind: 'BELOW_LISTED_THRESHOLD',
      importedFrom: 'suspicious.csv, line 2',
      figure: { participants: 61 },
    });
    const elsewhere = await api.graphql(
      '{ participationFigureFlags(provinceCode: "79") { kind } }',
      {},
      { token: accounts.directorHanoi.token },
    );
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('offers a template whose example row validates, by GraphQL and by HTTP', async () => {
    const template = await api.graphql<{ importTemplate: { fileName: string; csv: string } }>(
      '{ importTemplate(kind: PARTICIPATION_FIGURES) { fileName csv } }',
    );
    const { fileName, csv: text } = template.data!.importTemplate;
    expect(fileName).toBe('participation-figures.csv');
    expect(text.startsWith('\uFEFFprovince_code,ward_code,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(2);
    const checked = await run({ csv: text, fileName, dryRun: true });
    expect(checked).toMatchObject({ rows: 1, problems: [] });
    const download = await fetch(`${api.url}/templates/participation-figures.csv`);
    expect(download.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await download.text()).toBe(text.replace(/^\uFEFF/, ''));
  });

  it('exports figures that, imported again, change nothing', async () => {
    const exported = await api.graphql<{ participationFiguresCsv: string }>(
      '{ participationFiguresCsv(provinceCode: "79") }',
    );
    const text = exported.data!.participationFiguresCsv;
    // The 2020 launch figures of the provinces merged into today's 79 come along under their own codes.
    expect(text).toMatch(/\r\n74,,VOLUNTARY_SOCIAL_INSURANCE/);
    const before = await figures();
    const result = await run({ csv: text, fileName: 'export-79.csv' }, accounts.admin.token);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ written: false, created: 0 });
    expect(result.unchanged).toBe(result.rows);
    expect(result.rows).toBeGreaterThan(5);
    expect(await figures()).toBe(before);
  });
});
