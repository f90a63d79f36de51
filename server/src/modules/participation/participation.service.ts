import type { EntityManager } from '@mikro-orm/sql';
import type { Scheme } from '@tripartite/shared';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { assertYear } from '../../validation.js';
import {
  provincesCountingToward,
  wardsCountingToward,
  type CountsToward,
  type WardPredecessorLookup,
} from '../geography/merge-lineage.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { sumFiguresPerPeriod } from './participation-sums.js';
import type { ParticipationTotal } from './participation-total.type.js';

export type FigureQuery = { year: number; scheme: Scheme | undefined };

/** Participation figures recorded for units, by period: the series a director charts. */
export class ParticipationService {
  constructor(private readonly em: EntityManager) {}

  /** Each province's own figures for a year, oldest period first; one query for many provinces. */
  async figuresOfProvinces(provinceIds: readonly string[], query: FigureQuery): Promise<ParticipationFigure[][]> {
    const figures = await this.em.find(
      ParticipationFigure,
      { province: { $in: [...provinceIds] }, ...this.filterOf(query) },
      { orderBy: { periodEnd: 'asc', scheme: 'asc', recordedAt: 'asc' } },
    );
    return groupInKeyOrder(provinceIds, figures, (figure) => figure.province!.id);
  }

  /** Each ward's own figures for a year, oldest period first; one query for many wards. */
  async figuresOfWards(wardIds: readonly string[], query: FigureQuery): Promise<ParticipationFigure[][]> {
    const figures = await this.em.find(
      ParticipationFigure,
      { ward: { $in: [...wardIds] }, ...this.filterOf(query) },
      { orderBy: { periodEnd: 'asc', scheme: 'asc', recordedAt: 'asc' } },
    );
    return groupInKeyOrder(wardIds, figures, (figure) => figure.ward!.id);
  }

  /**
   * Each province's figures for a year summed with those of the provinces merged into it (the
   * July 2020 figures of Bình Dương and of the old Hồ Chí Minh City under today's Hồ Chí Minh),
   * each figure left on its own unit. Province-level figures only; ward figures are on the wards.
   * One statement per level of merges and one for the figures, for any number of provinces.
   */
  async totalsOfProvinces(provinceIds: readonly string[], query: FigureQuery): Promise<ParticipationTotal[][]> {
    const filter = this.filterOf(query);
    const toward = await provincesCountingToward(this.em, provinceIds);
    const figures = await this.em.find(
      ParticipationFigure,
      { province: { $in: [...toward.keys()] }, ...filter },
      { populate: ['source'] },
    );
    return totalsPerRequestedUnit(provinceIds, toward, figures, (figure) => figure.province!.id);
  }

  /** The same for wards: each ward's figures with those of the wards merged into it. */
  async totalsOfWards(
    wardIds: readonly string[],
    query: FigureQuery,
    predecessorsOf?: WardPredecessorLookup,
  ): Promise<ParticipationTotal[][]> {
    const filter = this.filterOf(query);
    const toward = await wardsCountingToward(this.em, wardIds, predecessorsOf);
    const figures = await this.em.find(
      ParticipationFigure,
      { ward: { $in: [...toward.keys()] }, ...filter },
      { populate: ['source'] },
    );
    return totalsPerRequestedUnit(wardIds, toward, figures, (figure) => figure.ward!.id);
  }

  /** Figures whose period ends in the year, of one scheme or both. */
  private filterOf({ year, scheme }: FigureQuery) {
    assertYear(year);
    return { periodEnd: { $gte: `${year}-01-01`, $lte: `${year}-12-31` }, ...(scheme ? { scheme } : {}) };
  }
}

function totalsPerRequestedUnit(
  requestedIds: readonly string[],
  toward: CountsToward,
  figures: readonly ParticipationFigure[],
  unitOf: (figure: ParticipationFigure) => string,
): ParticipationTotal[][] {
  return requestedIds.map((id) =>
    sumFiguresPerPeriod(figures.filter((figure) => toward.get(unitOf(figure))?.has(id) ?? false)),
  );
}
