import type { EntityManager } from '@mikro-orm/sql';
import { assertYear } from '../../validation.js';
import { wardsCountingToward, type WardPredecessorLookup } from '../geography/merge-lineage.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { achievementOf, stockFigureOf } from './achievement.js';
import { progressOf, progressOfProvinceRows } from './province-target-rows.js';
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
    return progressOfProvinceRows(this.em, provinceIds, year, (columns) => this.em.map(Target, columns));
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
