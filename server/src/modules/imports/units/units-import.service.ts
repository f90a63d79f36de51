import type { EntityData, EntityName, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { appendAuditRecord, type SystemActor } from '../../audit/audit-trail.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import { readTable, type TableReadOptions } from '../files/read-table.js';
import {
  chunked,
  describeFile,
  emptyCounts,
  ImportRejectedError,
  type ChangeCounts,
  type LineProblem,
  type LoadedFile,
  type ProgressSink,
} from '../import-problems.js';
import { readUnitList, type ListOptions, type UnitList } from './unit-list.js';
import { planUnits, type UnitChange } from './units-plan.js';

export type UnitsImportOptions = ListOptions & TableReadOptions & { dryRun: boolean; progress?: ProgressSink };

export type UnitsImportResult = {
  dryRun: boolean;
  files: (LoadedFile & Pick<UnitList, 'kind' | 'edition' | 'validity'> & { rows: number })[];
  provinces: ChangeCounts;
  wards: ChangeCounts;
  /** Every create and update, in file order. */
  changes: UnitChange[];
};

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 500;

/**
 * Loads official lists of provinces and communes: every row of every file is checked first and
 * any problem refuses the whole load; then all of it is written in one transaction, with one
 * audit record, or nothing is. Running the same files again changes nothing.
 */
export async function importUnitLists(
  em: EntityManager,
  filePaths: string[],
  options: UnitsImportOptions,
  actor: SystemActor,
): Promise<UnitsImportResult> {
  const lists: UnitList[] = [];
  const files: UnitsImportResult['files'] = [];
  const problems: LineProblem[] = [];
  for (const path of filePaths) {
    const { list, problems: found } = readUnitList(path, await readTable(path, options), options);
    problems.push(...found);
    if (list) {
      lists.push(list);
      const { kind, edition, validity } = list;
      files.push({ ...(await describeFile(path)), kind, edition, validity, rows: list.rows.length });
    }
  }
  const run = async (tx: EntityManager): Promise<UnitsImportResult> => {
    // Rows that passed the checks of their own are still matched against the database, so one
    // report names every bad row: a bad code on one line and an unknown province on another.
    const plan = await planUnits(tx, lists);
    problems.push(...plan.problems);
    if (problems.length > 0) throw new ImportRejectedError(problems);
    const result = summarise(plan.changes, files, options.dryRun);
    if (options.dryRun) return result;
    await write(tx, plan.changes, options.progress);
    appendAuditRecord(tx, actor, {
      action: 'units.import',
      entityType: 'UnitList',
      entityId: actor.requestId.slice(0, 60),
      province: null,
      before: null,
      after: { files: result.files, provinces: result.provinces, wards: result.wards },
    });
    return result;
  };
  return options.dryRun ? run(em) : em.transactional(run);
}

function summarise(changes: UnitChange[], files: UnitsImportResult['files'], dryRun: boolean): UnitsImportResult {
  const provinces = emptyCounts();
  const wards = emptyCounts();
  const countOf = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;
  for (const change of changes) (change.level === 'province' ? provinces : wards)[countOf[change.action]] += 1;
  return { dryRun, files, provinces, wards, changes: changes.filter((change) => change.action !== 'unchanged') };
}

async function write(tx: EntityManager, changes: UnitChange[], progress: ProgressSink | undefined): Promise<void> {
  const writes = changes.filter((change) => change.action !== 'unchanged');
  let done = 0;
  const advance = (count: number) => {
    done += count;
    progress?.('writing units', done, writes.length);
  };
  // Provinces before wards: a new ward's province may be new in this very load.
  await writeLevel(
    tx,
    Province,
    writes.filter((change) => change.level === 'province'),
    advance,
  );
  await writeLevel(
    tx,
    Ward,
    writes.filter((change) => change.level === 'ward'),
    advance,
  );
}

async function writeLevel<T extends object>(
  tx: EntityManager,
  entity: EntityName<T>,
  writes: UnitChange[],
  advance: (count: number) => void,
): Promise<void> {
  const created = writes.filter((change) => change.action === 'create');
  for (const batch of chunked(created, BATCH)) {
    await tx.insertMany(
      entity,
      batch.map((change) => ({ id: change.id, ...change.values }) as unknown as RequiredEntityData<T>),
    );
    advance(batch.length);
  }
  for (const change of writes.filter((c) => c.action === 'update')) {
    await tx.nativeUpdate(
      entity,
      { id: change.id } as unknown as FilterQuery<NoInfer<T>>,
      change.values as EntityData<T>,
    );
    advance(1);
  }
}
