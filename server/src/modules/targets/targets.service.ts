import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/sql';
import { assertYear } from '../../validation.js';
import {
  provincesCountingTowardSql,
  wardsCountingToward,
  type WardPredecessorLookup,
} from '../geography/merge-lineage.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { achievementFromTotals, achievementOf, stockFigureOf, type Achievement } from './achievement.js';
import { provinceStockFiguresJson, provinceStockFiguresOf, provinceStockFiguresParams } from './stock-figure-rows.js';
import { Target } from './target.entity.js';
import type { TargetProgress } from './target-progress.type.js';

/** Targets and how far each has been reached, from participation figures recorded as stocks. */
export class TargetsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * For each province: the year's targets recorded for it and for every unit merged into it,
   * directly or through earlier merges (Ho Chi Minh City's 2024 targets belong to the city as it
   * was before 1 July 2025). One statement for any number of provinces: the targets with the
   * merges walked in the same statement (`provincesCountingTowardSql`; it was one statement per
   * level of merges, then the targets), each target's row carrying its province's figures of the
   * year (`provinceStockFiguresJson`; they were a statement of their own).
   */
  async progressOfProvinces(provinceIds: readonly string[], year: number): Promise<TargetProgress[][]> {
    assertYear(year);
    const postgres = this.em.getPlatform() instanceof PostgreSqlPlatform;
    type Row = Record<string, unknown> & { toward_id: string; own_figures: unknown; ward_totals: unknown };
    const rows: Row[] = await this.em.getConnection().execute(
      `with recursive ${provincesCountingTowardSql(provinceIds.length)}
select t.*, pt.toward_id, ${provinceStockFiguresJson(postgres, 't')}
from target t join province_toward pt on pt.id = t.province_id
where t.year = ? order by t.scheme asc, t.total_participants desc`,
      [...provinceIds, ...provinceStockFiguresParams(year), year],
      'all',
    );
    const progress = new Map<string, TargetProgress>();
    const towards = rows.map(({ toward_id: towardId, own_figures, ward_totals, ...columns }) => {
      const target = this.em.map(Target, columns);
      if (!progress.has(target.id)) {
        const { own, wardTotals } = provinceStockFiguresOf({ own_figures, ward_totals }, target.province!.id);
        progress.set(target.id, progressOf(target, achievementFromTotals(own, wardTotals)));
      }
      return { towardId, progress: progress.get(target.id)! };
    });
    return provinceIds.map((id) => towards.filter(({ towardId }) => towardId === id).map((row) => row.progress));
  }

  /**
   * For each ward: the year's targets recorded for it and for every ward merged into it (through
   * the succession links), each with what its own ward achieved from that ward's own figures.
   * Targets stay on the ward they were set for. A fixed number of queries for any number of wards.
   */
  async progressOfWards(
    wardIds: readonly string[],
    year: number,
    predecessorsOf?: WardPredecessorLookup,
  ): Promise<TargetProgress[][]> {
    assertYear(year);
    const ownersOf = await wardsCountingToward(this.em, wardIds, predecessorsOf);
    const targets = await this.em.find(
      Target,
      { ward: { $in: [...ownersOf.keys()] }, year },
      { orderBy: { scheme: 'asc', totalParticipants: 'desc' } },
    );
    const figures = targets.length
      ? await this.em.find(ParticipationFigure, {
          measure: 'PARTICIPANTS_AT_PERIOD_END',
          periodEnd: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
          ward: { $in: [...new Set(targets.map((target) => target.ward!.id))] },
        })
      : [];
    const progress = targets.map((target) =>
      progressOf(
        target,
        achievementOf(
          figures
            .filter((figure) => figure.scheme === target.scheme && figure.ward?.id === target.ward!.id)
            .map(stockFigureOf),
          [],
        ),
      ),
    );
    return wardIds.map((id) => progress.filter((row) => ownersOf.get(row.target.ward!.id)!.has(id)));
  }
}

function progressOf(target: Target, achieved: Achievement | null): TargetProgress {
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
