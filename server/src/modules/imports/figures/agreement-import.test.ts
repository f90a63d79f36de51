import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleAccounts, type RoleAccounts } from '../../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { AgreementStatusChange } from '../../agreements/agreement-status-change.entity.js';
import { Agreement } from '../../agreements/agreement.entity.js';
import { AuditRecord } from '../../audit/audit-record.entity.js';

const IMPORT = `mutation ($input: ImportFileInput!) {
  importAgreementStatuses(input: $input) {
    written dryRun rows created changed unchanged
    problems { line column message }
  }
}`;

type Result = {
  written: boolean;
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: { line: number; column: string | null; message: string }[];
};

const HEADER = 'ward_code,status,agency_code,post_office_code,version,note';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe.each(testDialects)('importing agreement statuses, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  const state = async () => {
    const em = api.database.orm.em.fork();
    return { agreements: await em.count(Agreement), steps: await em.count(AgreementStatusChange) };
  };
  const statusOf = async (wardCode: string) =>
    (
      await api.graphql<{ ward: { agreements: { status: string; version: number }[] } }>(
        `{ ward(code: "${wardCode}") { agreements { status version } } }`,
      )
    ).data!.ward.agreements;
  const run = async (input: Record<string, unknown>, token = accounts.directorHcm.token) => {
    const response = await api.graphql<{ importAgreementStatuses: Result }>(IMPORT, { input }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.importAgreementStatuses;
  };

  beforeAll(async () => {
    api = await startTestServer(dialect);
    accounts = await createRoleAccounts(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('starts and moves agreements through the write service, audited, and a second import changes nothing', async () => {
    const file = csv(
      '26732,DRAFTING,BHXH-79,BD-79,,Bắt đầu soạn thảo',
      '27664,AWAITING_SIGNATURES,,,,Gửi ký',
      // Bình Châu's agreement was terminated: a new draft starts beside it.
      '26656,DRAFTING,,,,',
    );
    const before = await state();
    const audits = () => api.database.orm.em.fork().count(AuditRecord, { entityType: 'Agreement' });
    const auditsBefore = await audits();
    const first = await run({ csv: file, fileName: 'trang-thai.csv' });
    expect(first).toMatchObject({ written: true, rows: 3, created: 2, changed: 1, unchanged: 0, problems: [] });
    expect(await state()).toEqual({ agreements: before.agreements + 2, steps: before.steps + 3 });
    expect(await audits()).toBe(auditsBefore + 3);
    expect(await api.database.orm.em.fork().count(AuditRecord, { action: 'import.agreementStatuses' })).toBe(1);
    expect(await statusOf('27664')).toContainEqual({ status: 'AWAITING_SIGNATURES', version: 2 });
    expect((await statusOf('26656')).map((agreement) => agreement.status).sort()).toEqual(['DRAFTING', 'TERMINATED']);

    const second = await run({ csv: file, fileName: 'trang-thai.csv' });
    expect(second).toMatchObject({ written: false, created: 0, changed: 0, unchanged: 3, problems: [] });
    expect(await state()).toEqual({ agreements: before.agreements + 2, steps: before.steps + 3 });
  });

  it('writes nothing when a row breaks the lifecycle, and names each bad row', async () => {
    const before = await state();
    const result = await run({
      csv: csv(
        '27667,AWAITING_SIGNATURES,,,,',
        '27667,TERMINATED,,,,twice',
        '27676,SIGNED,,,,',
        '27658,DRAFTING,,,,',
        '26737,TERMINATED,,,,',
        '25777,SIGNED,,,,',
        '25777x,DRAFTING,,,,',
        '26740,EXPIRED,BHXH-01,,,',
      ),
      fileName: 'broken.csv',
    });
    expect(result.written).toBe(false);
    expect(await state()).toEqual(before);
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [3, 'ward_code'],
      [4, 'status'],
      [6, 'note'],
      [7, 'status'],
      [8, 'ward_code'],
      [9, 'agency_code'],
      [9, 'status'],
    ]);
    expect(result.problems[3]!.message).toMatch(/cannot go from DRAFTING to SIGNED/);
    expect(await statusOf('27667')).toContainEqual({ status: 'DRAFTING', version: 1 });
  });

  it('refuses a row whose agreement changed since the file was made', async () => {
    const result = await run({ csv: csv('27667,AWAITING_SIGNATURES,,,7,'), fileName: 'old.csv' });
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([
      { line: 2, column: 'version', message: expect.stringMatching(/it is version 1 \(DRAFTING\), the file says 7/) },
    ]);
  });

  it('keeps each account to its scope: other provinces, other post offices, viewers', async () => {
    const file = csv('27667,AWAITING_SIGNATURES,,,,');
    const before = await state();
    for (const account of [accounts.directorHanoi, accounts.coordinatorHanoi]) {
      const refused = await run({ csv: file, fileName: 'hcm.csv' }, account.token);
      expect(refused.written).toBe(false);
      expect(refused.problems).toEqual([{ line: 2, column: 'ward_code', message: expect.any(String) }]);
    }
    const viewer = await api.graphql(
      IMPORT,
      { input: { csv: file, fileName: 'x.csv' } },
      { token: accounts.viewer.token },
    );
    expect(viewer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);

    const dry = await run({ csv: file, fileName: 'hcm.csv', dryRun: true }, accounts.coordinatorHcm.token);
    expect(dry).toMatchObject({ written: false, changed: 1, problems: [] });
    expect(await state()).toEqual(before);
    // Checking rows loads agreements but must not write them (not even a version bump).
    expect(await statusOf('27667')).toContainEqual({ status: 'DRAFTING', version: 1 });
    const own = await run({ csv: file, fileName: 'hcm.csv' }, accounts.coordinatorHcm.token);
    expect(own).toMatchObject({ written: true, changed: 1, problems: [] });
  });

  it('offers a template whose example row validates', async () => {
    const template = await api.graphql<{ importTemplate: { fileName: string; csv: string } }>(
      '{ importTemplate(kind: AGREEMENT_STATUSES) { fileName csv } }',
    );
    const { fileName, csv: text } = template.data!.importTemplate;
    expect(fileName).toBe('agreement-statuses.csv');
    const checked = await run({ csv: text, fileName, dryRun: true });
    expect(checked).toMatchObject({ rows: 1, problems: [] });
    const download = await fetch(`${api.url}/templates/agreement-statuses.csv`);
    expect(download.status).toBe(200);
    expect((await fetch(`${api.url}/templates/secrets.csv`)).status).toBe(404);
  });

  it('exports agreements that, imported again, change nothing', async () => {
    const exported = await api.graphql<{ agreementStatusesCsv: string }>(
      '{ agreementStatusesCsv(provinceCode: "79") }',
    );
    const text = exported.data!.agreementStatusesCsv;
    expect(text).toMatch(/\r\n27658,,EXPIRED,/);
    const before = await state();
    const result = await run({ csv: text, fileName: 'export-79.csv' }, accounts.admin.token);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ written: false, created: 0, changed: 0 });
    expect(result.unchanged).toBe(result.rows);
    expect(result.rows).toBeGreaterThan(100);
    expect(await state()).toEqual(before);
  });
});
