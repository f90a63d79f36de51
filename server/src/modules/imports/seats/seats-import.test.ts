import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn, type CliRun } from '../../../test-support/cli-harness.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { AuditRecord } from '../../audit/audit-record.entity.js';
import { WardSeat } from '../../places/ward-seat.entity.js';

const unitFixtures = join(import.meta.dirname, '..', 'units', 'test-fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'tripartite-seats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, lines: string[]): string {
  const path = join(scratch, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Rows of communes-2025-seats.csv for District 1's three new wards. */
const SEATS = [
  'code,latitude,longitude,area_km2,population',
  '26737,10.7917,106.693,1.23,48524',
  '26740,10.7805,106.704,3.04,47022',
  '26743,10.7713,106.694,1.85,',
];

describe.each(testDialects)('importing seats, areas and populations on %s', (dialect) => {
  let server: TestServer;
  let cli: (...argv: string[]) => Promise<CliRun>;
  const seats = () => server.database.orm.em.fork().count(WardSeat);

  beforeAll(async () => {
    server = await startTestServer(dialect, { seedDemoData: false });
    cli = cliOn(server.database.orm, unitFixtures);
    const units = await cli(
      'import',
      'units',
      'provinces-2025.csv',
      'communes-2025.csv',
      'provinces-2024.csv',
      'wards-2024.csv',
    );
    expect(units.code).toBe(0);
  });
  afterAll(() => server.close());

  it('refuses a file with bad rows, naming each by line, and writes nothing', async () => {
    const bad = scratchFile('bad-seats.csv', [
      SEATS[0]!,
      SEATS[1]!,
      '2674,10.78,106.70,3.04,47022',
      '26743,91,106.694,1.85,71875',
      '26740,10.7805,east,-1,-5',
      '26737,10.7917,106.693,1.23,48524',
      '26755,10.76,106.69,1.2,1000',
    ]);
    const run = await cli('import', 'seats', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-seats.csv:3: code "2674" is not five digits');
    expect(run.stderr).toContain('bad-seats.csv:4: latitude "91" is not a number of degrees between -90 and 90');
    expect(run.stderr).toContain(
      'bad-seats.csv:5: longitude "east" is not a number of degrees between -180 and 180; area_km2 "-1" is not a positive number of square kilometres; population "-5" is not a whole number',
    );
    expect(run.stderr).toContain('bad-seats.csv:6: code 26737 is already on line 2');
    expect(run.stderr).not.toContain('bad-seats.csv:2:');
    expect(run.stderr).toContain('5 bad row(s); nothing was written.');
    // A code with no unit in force is found once the rows are matched; still nothing written.
    const unknown = await cli(
      'import',
      'seats',
      scratchFile('unknown-seat.csv', [SEATS[0]!, SEATS[1]!, '26755,10.76,106.69,1.2,1000']),
    );
    expect(unknown.stderr).toContain(
      'unknown-seat.csv:3: code 26755 names no ward, commune or special zone in force on 2025-07-01',
    );
    expect(await seats()).toBe(0);
  });

  it('shows what a dry run would change and writes nothing', async () => {
    const run = await cli('import', 'seats', '--dry-run', scratchFile('seats.csv', SEATS));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('create ward 26740 Sài Gòn: 10.7805, 106.704, 47022 inhabitants');
    expect(run.stdout).toContain('Dry run, nothing written: would be 3 created, 0 updated, 0 unchanged.');
    expect(await seats()).toBe(0);
  });

  it('loads the seats, answers them through the API, and a second load changes nothing', async () => {
    const file = scratchFile('seats.csv', SEATS);
    const first = await cli('import', 'seats', file);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Done: 3 created, 0 updated, 0 unchanged.');
    const result = await server.graphql<{
      saiGon: {
        location: { latitude: number; source: { title: string; publishedOn: string } };
        population: { inhabitants: number };
      };
      benThanh: { population: null; areaKm2: { squareKilometres: number } };
      oldBenNghe: { location: null };
    }>(`{
      saiGon: ward(code: "26740") { location { latitude source { title publishedOn } } population { inhabitants } }
      benThanh: ward(code: "26743") { population { inhabitants } areaKm2 { squareKilometres } }
      oldBenNghe: ward(code: "26740", asOf: "2025-06-30") { location { latitude } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.saiGon).toEqual({
      location: {
        latitude: 10.7805,
        source: { title: expect.stringContaining('trụ sở UBND'), publishedOn: '2025-07-17' },
      },
      population: { inhabitants: 47_022 },
    });
    // A blank population ("being updated") stays unknown; the area is still there.
    expect(result.data?.benThanh).toEqual({ population: null, areaKm2: { squareKilometres: 1.85 } });
    expect(result.data?.oldBenNghe).toEqual({ location: null });

    expect((await cli('import', 'seats', file)).stdout).toContain('Done: 0 created, 0 updated, 3 unchanged.');
    const corrected = scratchFile('seats-corrected.csv', [...SEATS.slice(0, 3), '26743,10.7713,106.694,1.85,71875']);
    const update = await cli('import', 'seats', corrected);
    expect(update.stdout).toContain('update ward 26743 Bến Thành: 10.7713, 106.694, 71875 inhabitants');
    expect(update.stdout).toContain('Done: 0 created, 1 updated, 2 unchanged.');
    expect(await seats()).toBe(3);
  });

  it('keeps one audit record per load that wrote, naming the file, its source and its counts', async () => {
    const records = await server.database.orm.em
      .fork()
      .find(AuditRecord, { action: 'seats.import' }, { orderBy: { occurredAt: 'asc' } });
    // First load, the same again, the correction; refused loads and the dry run leave none.
    expect(records).toHaveLength(3);
    expect(records[0]!.actor).toMatch(/^tripartite import seats command \(.+@.+\)$/);
    expect(records[0]!.after).toMatchObject({
      file: { file: 'seats.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rows: 3 },
      unitsOn: '2025-07-01',
      counts: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(records[2]!.after).toMatchObject({ counts: { created: 0, updated: 1, unchanged: 2 } });
  });

  it('takes the national ward mapping as it is, divided units included, and refuses rows that contradict it', async () => {
    const header = 'old_code,old_name,new_code,new_name,effective_on,divided';
    const rows = [
      '26734,Phường Tân Định,26737,Phường Tân Định,2025-07-01,false',
      '26737,Phường Đa Kao,26737,Phường Tân Định,2025-07-01,true',
      '26737,Phường Đa Kao,26740,Phường Sài Gòn,2025-07-01,true',
      '26740,Phường Bến Nghé,26740,Phường Sài Gòn,2025-07-01,false',
      '26746,Phường Nguyễn Thái Bình,26740,Phường Sài Gòn,2025-07-01,true',
      '26743,Phường Bến Thành,26743,Phường Bến Thành,2025-07-01,false',
      '26746,Phường Nguyễn Thái Bình,26743,Phường Bến Thành,2025-07-01,true',
      '26749,Phường Phạm Ngũ Lão,26743,Phường Bến Thành,2025-07-01,false',
    ];
    const bad = await cli(
      'import',
      'mappings',
      scratchFile('wards-mapping-bad.csv', [
        header,
        ...rows.slice(0, 3),
        '26740,Phường Bến Thành,26740,Phường Sài Gòn,2025-07-01,false',
        '26743,Phường Bến Thành,26743,Phường Bến Thành,2025-07-01,yes',
        '26752,Phường Cầu Ông Lãnh,26743,Phường Bến Thành,2025-07-01,true',
        '26749,Phường Phạm Ngũ Lão,26743,Phường Bến Thành,2025-07-01,false',
        '26749,Phường Phạm Ngũ Lão,26740,Phường Sài Gòn,2025-07-01,false',
      ]),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('wards-mapping-bad.csv:5: old_name "Phường Bến Thành" is not Bến Nghé');
    expect(bad.stderr).toContain('wards-mapping-bad.csv:6: divided "yes" is neither true nor false');
    expect(bad.stderr).toContain('wards-mapping-bad.csv:7: old_code 26752 is marked divided but has only this row');
    expect(bad.stderr).toContain(
      'wards-mapping-bad.csv:8: old_code 26749 is not marked divided but has rows on lines 8, 9',
    );
    expect(bad.stderr).toContain('wards-mapping-bad.csv:9: old_code 26749 is not marked divided');

    const good = scratchFile('wards-mapping-2025.csv', [header, ...rows]);
    const dry = await cli('import', 'mappings', '--dry-run', good);
    expect(dry.stdout).toContain('wards-mapping-2025.csv: 8 rows, ward mappings');
    expect(dry.stdout).toContain('Dry run, nothing written: would be 8 created, 0 updated, 0 unchanged.');
    expect((await cli('import', 'mappings', good)).stdout).toContain('Done: 8 created, 0 updated, 0 unchanged.');
    expect((await cli('import', 'mappings', good)).stdout).toContain('Done: 0 created, 0 updated, 8 unchanged.');
    const result = await server.graphql<{ daKao: { successors: { name: string }[] } }>(
      '{ daKao: ward(code: "26737", asOf: "2025-06-30") { successors { name } } }',
    );
    expect(result.data?.daKao.successors.map((ward) => ward.name).sort()).toEqual(['Sài Gòn', 'Tân Định']);
    const audits = await server.database.orm.em.fork().count(AuditRecord, { action: 'units.importMappings' });
    expect(audits).toBe(2);
  });
});
