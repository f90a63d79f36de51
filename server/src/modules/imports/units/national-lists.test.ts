import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn, type CliRun } from '../../../test-support/cli-harness.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';

/**
 * The official national lists handed to the team (`../shared/data/vn-admin/` beside the project,
 * or VN_ADMIN_DATA_DIR, which `.ci/run` sets when it finds them). Without them these tests are
 * reported as skipped, never as passed.
 */
const referenceDir =
  process.env['VN_ADMIN_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../../shared/data/vn-admin');
const haveReference = existsSync(join(referenceDir, 'communes-2025.csv'));
if (!haveReference) {
  console.warn(
    `Reference lists not found in ${referenceDir}: the national import tests are skipped (set VN_ADMIN_DATA_DIR).`,
  );
}

const LISTS_2025 = ['provinces-2025.csv', 'communes-2025.csv'];
const LISTS_2024 = ['provinces-2024.csv', 'wards-2024.csv'];
const MAPPING = 'provinces-mapping-2025.csv';
const WARD_MAPPING = 'wards-mapping-2025.csv';
const SEATS = 'communes-2025-seats.csv';
/** The national load can take a few seconds per list on PostgreSQL. */
const SLOW = 120_000;

type ProvinceAnswer = { name: string; validTo: string | null; successor: { code: string; name: string } | null };

describe.skipIf(!haveReference).each(testDialects)('the national lists on %s', (dialect) => {
  describe('on an empty database', () => {
    let server: TestServer;
    let cli: (...argv: string[]) => Promise<CliRun>;
    beforeAll(async () => {
      server = await startTestServer(dialect, { seedDemoData: false });
      cli = cliOn(server.database.orm, referenceDir);
    });
    afterAll(() => server.close());

    it('dry-runs the 2025 lists without writing', async () => {
      const run = await cli('import', 'units', '--dry-run', ...LISTS_2025);
      expect(run.stdout).toContain('Dry run, nothing written: would be 3355 created, 0 updated, 0 unchanged.');
      expect(await server.database.orm.em.fork().count(Province)).toBe(0);
    });

    it(
      'loads all 34 provincial units and 3,321 communes of today, then the 63 and 10,035 of before as ended units',
      async () => {
        const today = await cli('import', 'units', ...LISTS_2025);
        expect(today.code).toBe(0);
        expect(today.stdout).toContain('Provinces: 34 created, 0 updated, 0 unchanged');
        expect(today.stdout).toContain('Communes and wards: 3321 created, 0 updated, 0 unchanged');
        // Progress goes to standard error; outside a terminal, one line per quarter at most.
        const progress = today.stderr.trim().split('\n');
        expect(progress.length).toBeGreaterThanOrEqual(1);
        expect(progress.length).toBeLessThanOrEqual(4);
        expect(progress.at(-1)).toBe('writing units: 3,355 of 3,355 (100%)');
        const before = await cli('import', 'units', ...LISTS_2024);
        expect(before.stdout).toContain('Provinces: 63 created, 0 updated, 0 unchanged');
        expect(before.stdout).toContain('Communes and wards: 10035 created, 0 updated, 0 unchanged');
        const mapped = await cli('import', 'mappings', MAPPING);
        expect(mapped.stdout).toContain('Done: 0 created, 63 updated, 0 unchanged.');

        const em = server.database.orm.em.fork();
        expect(await em.count(Ward, { validFrom: '2025-07-01', validTo: null })).toBe(3321);
        expect(await em.count(Ward, { validTo: '2025-06-30' })).toBe(10035);
        expect(await em.count(Province, { validTo: '2025-06-30', successor: { $ne: null } })).toBe(63);
      },
      SLOW,
    );

    it('answers for Ho Chi Minh City and the provinces merged into it through the API', async () => {
      const result = await server.graphql<{
        hcmc: { wards: { kind: string }[]; predecessors: { code: string }[] };
        binhDuong: ProvinceAnswer;
        baRia: ProvinceAnswer;
        longAn: ProvinceAnswer;
        tayNinh: ProvinceAnswer;
      }>(`{
        hcmc: province(code: "79", asOf: "2025-07-01") { wards(asOf: "2025-07-01") { kind } predecessors { code } }
        binhDuong: province(code: "74", asOf: "2024-01-01") { name validTo successor { code name } }
        baRia: province(code: "77", asOf: "2024-01-01") { name validTo successor { code name } }
        longAn: province(code: "80", asOf: "2025-06-30") { name validTo successor { code name } }
        tayNinh: province(code: "80", asOf: "2025-07-01") { name validTo successor { code name } }
      }`);
      expect(result.errors).toBeUndefined();
      const kinds = result.data!.hcmc.wards.map((ward) => ward.kind);
      expect(kinds.filter((kind) => kind === 'WARD')).toHaveLength(113);
      expect(kinds.filter((kind) => kind === 'COMMUNE')).toHaveLength(54);
      expect(kinds.filter((kind) => kind === 'SPECIAL_ZONE')).toHaveLength(1);
      expect(result.data!.hcmc.predecessors.map((province) => province.code)).toEqual(['74', '77', '79']);
      const hcmc = { code: '79', name: 'Hồ Chí Minh' };
      expect(result.data!.binhDuong).toEqual({ name: 'Bình Dương', validTo: '2025-06-30', successor: hcmc });
      expect(result.data!.baRia).toMatchObject({ name: 'Bà Rịa - Vũng Tàu', successor: hcmc });
      expect(result.data!.longAn).toEqual({
        name: 'Long An',
        validTo: '2025-06-30',
        successor: { code: '80', name: 'Tây Ninh' },
      });
      expect(result.data!.tayNinh).toEqual({ name: 'Tây Ninh', validTo: null, successor: null });
    });

    it(
      'links all 10,035 old communes to the new ones, the 471 divided among several included, and places the 3,321',
      async () => {
        const wards = await cli('import', 'mappings', WARD_MAPPING);
        expect(wards.stderr).toBe('');
        expect(wards.stdout).toContain('Done: 10597 created, 0 updated, 0 unchanged.');
        const seats = await cli('import', 'seats', SEATS);
        expect(seats.stdout).toContain('Done: 3321 created, 0 updated, 0 unchanged.');
        const result = await server.graphql<{
          benThanh: { predecessors: { name: string }[] };
          hcmc: { population: { inhabitants: number; wardsCounted: number } };
          country: { population: { inhabitants: number; wardsWithoutFigure: number } | null }[];
        }>(`{
          benThanh: ward(code: "26743") { predecessors { name } }
          hcmc: province(code: "79") { population { inhabitants wardsCounted } }
          country: provinces { population { inhabitants wardsWithoutFigure } }
        }`);
        expect(result.errors).toBeUndefined();
        expect(result.data!.benThanh.predecessors.map((ward) => ward.name).sort()).toEqual(
          ['Bến Thành', 'Cầu Ông Lãnh', 'Nguyễn Thái Bình', 'Phạm Ngũ Lão'].sort(),
        );
        expect(result.data!.hcmc.population).toEqual({ inhabitants: 14_544_929, wardsCounted: 168 });
        const sum = (key: 'inhabitants' | 'wardsWithoutFigure') =>
          result.data!.country.reduce((total, province) => total + (province.population?.[key] ?? 0), 0);
        expect(sum('inhabitants')).toBe(107_577_958);
        expect(sum('wardsWithoutFigure')).toBe(70);
      },
      SLOW,
    );

    it(
      'changes nothing when everything is loaded again',
      async () => {
        const again = await cli('import', 'units', ...LISTS_2025, ...LISTS_2024);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Done: 0 created, 0 updated, 13453 unchanged.');
        expect((await cli('import', 'mappings', MAPPING)).stdout).toContain(
          'Done: 0 created, 0 updated, 63 unchanged.',
        );
        expect((await cli('import', 'mappings', WARD_MAPPING)).stdout).toContain(
          'Done: 0 created, 0 updated, 10597 unchanged.',
        );
        expect((await cli('import', 'seats', SEATS)).stdout).toContain('Done: 0 created, 0 updated, 3321 unchanged.');
      },
      SLOW,
    );
  });

  describe('onto the demo data', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(dialect, { seedDemoData: true });
    });
    afterAll(() => server.close());

    it(
      'matches the demo units by code and period instead of duplicating them',
      async () => {
        const cli = cliOn(server.database.orm, referenceDir);
        const units = await cli('import', 'units', ...LISTS_2025, ...LISTS_2024);
        expect(units.code).toBe(0);
        // The demo seed has every provincial unit since 2008 (Thừa Thiên Huế too), 170 wards of
        // today and Ho Chi Minh City's 441 of before (its extract of the same lists).
        expect(units.stdout).toContain('Provinces: 0 created, 0 updated, 97 unchanged');
        expect(units.stdout).toContain('Communes and wards: 12745 created, 0 updated, 611 unchanged');
        expect((await cli('import', 'mappings', MAPPING)).stdout).toContain(
          'Done: 0 created, 0 updated, 63 unchanged.',
        );
        const em = server.database.orm.em.fork();
        expect((await cli('import', 'seats', SEATS)).stdout).toContain('Done: 3153 created, 0 updated, 168 unchanged.');
        expect(await em.count(Province)).toBe(98);
        expect(await em.count(Ward, { validFrom: '2025-07-01' })).toBe(3321);
      },
      SLOW,
    );
  });
});
