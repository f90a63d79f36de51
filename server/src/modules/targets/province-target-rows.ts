import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { PlainRowReader } from '../../graphql/request-context.js';
import { assertYear } from '../../validation.js';
import { provincesCountingTowardSql } from '../geography/merge-lineage.js';
import { achievementFromTotals, type Achievement } from './achievement.js';
import { provinceStockFiguresJson, provinceStockFiguresOf, provinceStockFiguresParams } from './stock-figure-rows.js';
import type { Target } from './target.entity.js';
import type { TargetProgress } from './target-progress.type.js';
import { preparedRows } from '../../db/prepared-reads.js';

/**
 * `TargetsService.progressOfProvinces` on plain rows, each target made by `targetOf` from its
 * columns: an entity (`em.map`), or a plain object when nothing asked of it needs one
 * (`plainTarget`, the director's dashboard). One statement for any number of provinces: the
 * targets with the merges walked in the same statement (`provincesCountingTowardSql`), each
 * target's row carrying its province's figures of the year (`provinceStockFiguresJson`).
 */
export async function progressOfProvinceRows(
  rows: PlainRowReader,
  provinceIds: readonly string[],
  year: number,
  targetOf: (columns: Record<string, unknown>) => Target,
): Promise<TargetProgress[][]> {
  assertYear(year);
  const postgres = rows.getPlatform() instanceof PostgreSqlPlatform;
  type Row = Record<string, unknown> & { toward_id: string; own_figures: unknown; ward_totals: unknown };
  const found = await preparedRows<Row>(
    rows,
    `with recursive ${provincesCountingTowardSql(provinceIds.length)}
select t.*, pt.toward_id, ${provinceStockFiguresJson(postgres, 't')}
from target t join province_toward pt on pt.id = t.province_id
where t.year = ? order by t.scheme asc, t.total_participants desc`,
    [...provinceIds, ...provinceStockFiguresParams(year), year],
  );
  const progress = new Map<string, TargetProgress>();
  const towards = found.map(({ toward_id: towardId, own_figures, ward_totals, ...columns }) => {
    const id = String(columns['id']);
    if (!progress.has(id)) {
      const target = targetOf(columns);
      const { own, wardTotals } = provinceStockFiguresOf({ own_figures, ward_totals }, String(columns['province_id']));
      progress.set(id, progressOf(target, achievementFromTotals(own, wardTotals)));
    }
    return { towardId, progress: progress.get(id)! };
  });
  return provinceIds.map((id) => towards.filter(({ towardId }) => towardId === id).map((row) => row.progress));
}

/** The target's own columns, which a plain object answers as they are (`Target`'s fields without relations). */
export const PLAIN_TARGET_FIELDS = {
  id: true,
  scheme: true,
  year: true,
  totalParticipants: true,
  retainedParticipants: true,
  newParticipants: true,
  version: true,
} as const;

/** A target row as a plain object of its own columns, for a selection within `PLAIN_TARGET_FIELDS`. */
export function plainTarget(columns: Record<string, unknown>): Target {
  const count = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    id: String(columns['id']),
    scheme: columns['scheme'],
    year: Number(columns['year']),
    totalParticipants: Number(columns['total_participants']),
    retainedParticipants: count(columns['retained_participants']),
    newParticipants: count(columns['new_participants']),
    version: Number(columns['version']),
  } as Target;
}

/** A target beside what has been achieved toward it. */
export function progressOf(target: Target, achieved: Achievement | null): TargetProgress {
  return {
    scheme: target.scheme,
    year: target.year,
    target,
    achievedParticipants: achieved?.participants ?? null,
    achievedOn: achieved?.on ?? null,
    achievedBasis: achieved?.basis ?? null,
    wardsReporting: achieved?.wardsReporting ?? null,
    fractionReached: achieved ? achieved.participants / target.totalParticipants : null,
  };
}
