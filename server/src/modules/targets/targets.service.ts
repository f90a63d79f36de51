import type { EntityManager } from '@mikro-orm/sql';
import { assertYear } from '../../validation.js';
import {
  provincesCountingToward,
  wardsCountingToward,
  type WardPredecessorLookup,
} from '../geography/merge-lineage.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { achievementFromTotals, achievementOf, stockFigureOf, type Achievement } from './achievement.js';
import { readProvinceStockTotals } from './stock-figure-rows.js';
import { Target } from './target.entity.js';
import type { TargetProgress } from './target-progress.type.js';

/** Targets and how far each has been reached, from participation figures recorded as stocks. */
export class TargetsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * For each province: the year's targets recorded for it and for every unit merged into it,
   * directly or through earlier merges (Ho Chi Minh City's 2024 targets belong to the city as it
   * was before 1 July 2025). A fixed number of queries for any number of provinces.
   */
  async progressOfProvinces(provinceIds: readonly string[], year: number): Promise<TargetProgress[][]> {
    assertYear(year);
    const ownersOf = await provincesCountingToward(this.em, provinceIds);
    const targets = await this.em.find(
      Target,
      { province: { $in: [...ownersOf.keys()] }, year },
      { orderBy: { scheme: 'asc', totalParticipants: 'desc' } },
    );
    const progress = await this.withAchievement(targets, year);
    return provinceIds.map((id) => progress.filter((row) => ownersOf.get(row.target.province!.id)!.has(id)));
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

  /**
   * Achievement toward each province target, from the stock figures of the year: the province's
   * own, and its wards' summed per period in the database (stock-figure-rows.ts says why).
   */
  private async withAchievement(targets: Target[], year: number): Promise<TargetProgress[]> {
    const provinceIds = [...new Set(targets.map((target) => target.province!.id))];
    if (provinceIds.length === 0) return [];
    const { own, wardTotals } = await readProvinceStockTotals(this.em, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      provinceIds,
    });
    return targets.map((target) => {
      const provinceId = target.province!.id;
      const ofTarget = <T extends { scheme: string }>(rows: T[], unitOf: (row: T) => string | null) =>
        rows.filter((row) => row.scheme === target.scheme && unitOf(row) === provinceId);
      return progressOf(
        target,
        achievementFromTotals(
          ofTarget(own, (figure) => figure.ownProvinceId).map((figure) => figure.stock),
          new Map(
            ofTarget(wardTotals, (total) => total.provinceId).map((total) => [
              total.periodEnd,
              { participants: total.participants, wards: total.wards },
            ]),
          ),
        ),
      );
    });
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
