import type { EntityManager } from '@mikro-orm/sql';
import type { Scheme } from '@tripartite/shared';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { assertYear } from '../../validation.js';
import { ParticipationFigure } from './participation-figure.entity.js';

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

  /** Figures whose period ends in the year, of one scheme or both. */
  private filterOf({ year, scheme }: FigureQuery) {
    assertYear(year);
    return { periodEnd: { $gte: `${year}-01-01`, $lte: `${year}-12-31` }, ...(scheme ? { scheme } : {}) };
  }
}
