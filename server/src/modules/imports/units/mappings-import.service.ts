import type { EntityManager } from '@mikro-orm/sql';
import { foldVietnamese } from '@tripartite/shared';
import { isValidOn } from '../../../db/validity.js';
import { appendAuditRecord, type SystemActor } from '../../audit/audit-trail.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import { readTable, type TableReadOptions } from '../files/read-table.js';
import {
  chunked,
  dayBefore,
  describeFile,
  emptyCounts,
  ImportRejectedError,
  type ChangeCounts,
  type LineProblem,
  type LoadedFile,
} from '../import-problems.js';
import { readMappingList, type MappingList, type MappingRow } from './unit-mapping-list.js';

/** What one mapping row does: end the old unit on the day before, and link it to the new one. */
export type MappingChange = {
  level: 'province' | 'ward';
  action: 'create' | 'update' | 'unchanged';
  line: number;
  old: Province | Ward;
  successor: Province | Ward;
  /** The old unit's last day, when it changes. */
  validTo: string | null;
};

export type MappingsImportResult = {
  dryRun: boolean;
  files: (LoadedFile & { level: MappingList['level']; rows: number })[];
  counts: ChangeCounts;
  changes: MappingChange[];
};

type Unit = Province | Ward;

/**
 * Applies old-to-new mappings: each old code is the unit in force the day before `effective_on`,
 * each new code the unit in force on it. The old unit ends that day before and gets its
 * successor (one for a province; one or more for a ward split between several). Everything is
 * checked first; the whole file is written in one transaction with one audit record, or nothing.
 */
export async function importUnitMappings(
  em: EntityManager,
  filePath: string,
  options: TableReadOptions & { dryRun: boolean },
  actor: SystemActor,
): Promise<MappingsImportResult> {
  const { list, problems } = readMappingList(filePath, await readTable(filePath, options));
  if (!list) throw new ImportRejectedError(problems);
  const files = [{ ...(await describeFile(filePath)), level: list.level, rows: list.rows.length }];

  const run = async (tx: EntityManager): Promise<MappingsImportResult> => {
    // Rows that passed their own checks are still resolved, so one report names every bad row.
    const changes = await plan(tx, list, problems);
    const counts = emptyCounts();
    const countOf = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;
    for (const change of changes) counts[countOf[change.action]] += 1;
    const result = { dryRun: options.dryRun, files, counts, changes: changes.filter((c) => c.action !== 'unchanged') };
    if (options.dryRun) return result;
    for (const change of result.changes) {
      if (change.validTo) change.old.validTo = change.validTo;
      if (change.old instanceof Ward) change.old.successors.add(change.successor as Ward);
      else change.old.successor = change.successor as Province;
    }
    appendAuditRecord(tx, actor, {
      action: 'units.importMappings',
      entityType: 'UnitMapping',
      entityId: actor.requestId.slice(0, 60),
      province: null,
      before: null,
      after: { files, counts },
    });
    return result;
  };
  // The dry run reads only; the fork is dropped with whatever it loaded.
  return options.dryRun ? run(em.fork()) : em.transactional(run);
}

async function plan(em: EntityManager, list: MappingList, problems: LineProblem[]): Promise<MappingChange[]> {
  const codes = [...new Set(list.rows.flatMap((row) => [row.oldCode, row.newCode]))];
  const units: Unit[] = [];
  for (const batch of chunked(codes, 1000)) {
    if (list.level === 'province') units.push(...(await em.find(Province, { code: { $in: batch } })));
    else units.push(...(await em.find(Ward, { code: { $in: batch } }, { populate: ['successors'] })));
  }
  // By code first: the national ward file matches 10,597 rows against some 13,000 units.
  const byCode = new Map<string, Unit[]>();
  for (const unit of units) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  const on = (code: string, day: string) => byCode.get(code)?.find((unit) => isValidOn(unit, day));
  const changes: MappingChange[] = [];
  for (const row of list.rows) {
    const lastDay = dayBefore(row.effectiveOn);
    const old = on(row.oldCode, lastDay);
    const successor = on(row.newCode, row.effectiveOn);
    const found = [
      !old && `old_code ${row.oldCode} names no ${list.level} in force on ${lastDay}`,
      !successor && `new_code ${row.newCode} names no ${list.level} in force on ${row.effectiveOn}`,
      old &&
        old === successor &&
        `${list.level} ${row.oldCode} is in force on both ${lastDay} and ${row.effectiveOn}: nothing ended`,
      old &&
        row.oldName &&
        !sameName(old, row.oldName) &&
        `old_name "${row.oldName}" is not ${old.name}, which bore ${row.oldCode} on ${lastDay}`,
      successor &&
        row.newName &&
        !sameName(successor, row.newName) &&
        `new_name "${row.newName}" is not ${successor.name}, which bears ${row.newCode} on ${row.effectiveOn}`,
    ].filter((message): message is string => typeof message === 'string');
    if (found.length > 0 || !old || !successor) {
      problems.push({ file: list.file, line: row.line, message: found.join('; ') });
      continue;
    }
    changes.push(change(list.level, row, old, successor, lastDay));
  }
  if (problems.length > 0) throw new ImportRejectedError(problems);
  return changes;
}

/** Names are compared folded: the lists differ in tone-mark placement (Thanh Hóa, Thanh Hoá). */
function sameName(unit: Unit, name: string): boolean {
  return foldVietnamese(unit.name) === foldVietnamese(name) || foldVietnamese(unit.fullName) === foldVietnamese(name);
}

function change(
  level: MappingChange['level'],
  row: MappingRow,
  old: Unit,
  successor: Unit,
  lastDay: string,
): MappingChange {
  const validTo = old.validTo === lastDay ? null : lastDay;
  const linked =
    old instanceof Ward ? old.successors.getItems().includes(successor as Ward) : old.successor?.id === successor.id;
  const action = !linked && old instanceof Ward ? 'create' : !linked || validTo ? 'update' : 'unchanged';
  return { level, action, line: row.line, old, successor, validTo };
}
