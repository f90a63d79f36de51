import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../../../test-support/cli-harness.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';

/** The attack strings of the adversarial run, exactly. */
const HYPERLINK = '=HYPERLINK("http://evil","x")';
const TAB_FORMULA = '\t=1+1';

const IMPORT_FIGURES = `mutation ($input: ImportFileInput!) {
  importParticipationFigures(input: $input) { rows created changed unchanged problems { line column message } }
}`;
const IMPORT_AGREEMENTS = `mutation ($input: ImportFileInput!) {
  importAgreementStatuses(input: $input) { rows created changed unchanged problems { line column message } }
}`;
type Counts = { rows: number; created: number; changed: number; unchanged: number; problems: unknown[] };

/** A CSV cell as written: quotes doubled, the cell quoted (as a spreadsheet does for `"` or a tab). */
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
const HEADER =
  'province_code,ward_code,scheme,measure,period_start,period_end,participants,source_title,source_publisher,note';
const figureRow = (ward: string, title: string, publisher: string, note: string) =>
  `79,${ward},VOLUNTARY_SOCIAL_INSURANCE,PARTICIPANTS_AT_PERIOD_END,2025-10-01,2025-12-31,120,${quoted(title)},${quoted(publisher)},${quoted(note)}`;

/** Every cell of an export, as the raw text a spreadsheet is handed (after CSV unquoting). */
function cellsOf(csv: string): string[][] {
  return parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
}
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe.each(testDialects)('formulas in spreadsheets (CSV injection), on %s', (dialect) => {
  let api: TestServer;
  const folder = mkdtempSync(join(tmpdir(), 'tripartite-formulas-'));
  const importFigures = async (csv: string) => {
    const response = await api.graphql<{ importParticipationFigures: Counts }>(IMPORT_FIGURES, {
      input: { csv, fileName: 'figures.csv' },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.importParticipationFigures;
  };

  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('are exported as text, and an export imported again changes nothing, by API and command line', async () => {
    const imported = await importFigures(
      [
        HEADER,
        figureRow('26737', HYPERLINK, '@BHXH', TAB_FORMULA),
        // Cells that start with `-` and `+` are text here; one already written with an apostrophe
        // (as a person protects a cell in a spreadsheet) is read as the text after it.
        figureRow('26740', "'=1+2", '+84 28 3829 7393', '-5 so với quý trước'),
        figureRow('26743', "''=SUM(A1)", 'BHXH TP.HCM', "'Tis plain"),
      ].join('\r\n'),
    );
    expect(imported).toMatchObject({ rows: 3, created: 3, problems: [] });
    const stored = await api.database.orm.em
      .fork()
      .find(ParticipationFigure, { periodEnd: '2025-12-31', participants: 120 }, { populate: ['source', 'ward'] });
    const byWard = Object.fromEntries(stored.map((figure) => [figure.ward!.code, figure]));
    expect(byWard['26737']).toMatchObject({ note: '=1+1', source: { title: HYPERLINK, publisher: '@BHXH' } });
    expect(byWard['26740']).toMatchObject({ note: '-5 so với quý trước', source: { title: '=1+2' } });
    expect(byWard['26743']).toMatchObject({ note: "'Tis plain", source: { title: "'=SUM(A1)" } });

    const exported = (
      await api.graphql<{ participationFiguresCsv: string }>('{ participationFiguresCsv(provinceCode: "79") }')
    ).data!.participationFiguresCsv;
    // The leading tab was trimmed on import (as every input is), and the formula that was left is
    // written as text: `=1+1` never reaches a spreadsheet live.
    expect(exported).toContain(`,"'${HYPERLINK.replaceAll('"', '""')}",'@BHXH,,,,'=1+1\r\n`);
    expect(exported).toContain(",'=1+2,'+84 28 3829 7393,,,,'-5 so với quý trước\r\n");
    expect(exported).toContain(",''=SUM(A1),BHXH TP.HCM,,,,'Tis plain\r\n");
    const cells = cellsOf(exported).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);

    // Imported again: nothing changes, every apostrophe it wrote is taken off again.
    const again = await importFigures(exported);
    expect(again).toMatchObject({ created: 0, changed: 0, problems: [] });
    expect(again.unchanged).toBe(again.rows);

    // The command line writes the same export and reads it back the same way.
    const tripartite = cliOn(api.database.orm, folder);
    const written = await tripartite('export', 'figures', '--province', '79', '--output', 'figures.csv');
    expect(written.code).toBe(0);
    expect(readFileSync(join(folder, 'figures.csv'), 'utf8')).toBe(exported);
    const reimported = await tripartite('import', 'figures', 'figures.csv', '--as', api.admin.account.email);
    expect(reimported.stdout).toMatch(/: \d+ rows: 0 new, 0 changed, \d+ unchanged; nothing to write/);
  });

  it('writes agreement reference numbers as text, and reads them back unchanged', async () => {
    const created = await api.graphql(
      `mutation ($ref: String!) { createAgreement(input: { wardCode: "26732", referenceNumber: $ref }) { id } }`,
      { ref: HYPERLINK },
    );
    expect(created.errors).toBeUndefined();
    const exported = (
      await api.graphql<{ agreementStatusesCsv: string }>('{ agreementStatusesCsv(provinceCode: "79") }')
    ).data!.agreementStatusesCsv;
    const row = cellsOf(exported).find((cells) => cells[0] === '26732')!;
    expect(row).toContain(`'${HYPERLINK}`);
    expect(
      cellsOf(exported)
        .flat()
        .filter((cell) => FORMULA_START.test(cell)),
    ).toEqual([]);

    const response = await api.graphql<{ importAgreementStatuses: Counts }>(IMPORT_AGREEMENTS, {
      input: { csv: exported, fileName: 'agreements.csv' },
    });
    expect(response.data?.importAgreementStatuses).toMatchObject({ created: 0, changed: 0, problems: [] });

    const tripartite = cliOn(api.database.orm, folder);
    const written = await tripartite('export', 'agreements', '--province', '79');
    expect(written.stdout).toContain(`"'${HYPERLINK.replaceAll('"', '""')}"`);
  });
});
