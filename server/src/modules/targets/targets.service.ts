import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { assertYear } from '../../validation.js';
import {
  provincesCountingToward,
  wardsCountingToward,
  type WardPredecessorLookup,
} from '../geography/merge-lineage.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { achievementOf, stockFigureOf, type Achievement } from './achievement.js';
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
   * own and its wards'. Only the columns the sums need are read, as plain rows: a city's year of
   * monthly ward figures is thousands of rows, and hydrating each as an entity (with its ward)
   * cost Ho Chi Minh City's dashboard most of its time.
   */
  private async withAchievement(targets: Target[], year: number): Promise<TargetProgress[]> {
    const provinceIds = [...new Set(targets.map((target) => target.province!.id))];
    if (provinceIds.length === 0) return [];
    // The province's own figures and its wards' figures are read apart, each through its own
    // index. One statement with an `or` over both (through the joined ward, or over two id
    // lists) made SQLite read every figure of the year in the country and PostgreSQL all 800,000
    // of them, to find Ho Chi Minh City's 3,360.
    const ofYear = {
      measure: 'PARTICIPANTS_AT_PERIOD_END' as const,
      periodEnd: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    };
    const figureColumns = () =>
      this.em
        .createQueryBuilder(ParticipationFigure, 'f')
        .select(['f.id', 'f.scheme', 'f.periodEnd', 'f.participants', 'f.recordedAt'])
        // Plain foreign keys: selecting the `ward` relation would read the joined ward's id instead.
        .addSelect(raw('f.province_id as province_id'))
        .addSelect(raw('f.ward_id as ward_id'));
    const own: FigureRow[] = await figureColumns()
      .addSelect(raw('null as ward_province'))
      .where({ ...ofYear, province: { $in: provinceIds } })
      .execute('all', false);
    const wardsOfProvinces = this.em
      .createQueryBuilder(Ward, 'pw')
      .select('pw.id')
      .where({ province: { $in: provinceIds } });
    const ofWards: FigureRow[] = await figureColumns()
      .addSelect(raw('w.province_id as ward_province'))
      .join('f.ward', 'w')
      .where({ ...ofYear, ward: { $in: wardsOfProvinces } })
      .execute('all', false);
    const rows = [...own, ...ofWards];
    const figures = rows.map((row) => ({
      scheme: row.scheme,
      ownProvinceId: row.province_id,
      wardProvinceId: row.ward_province,
      stock: {
        id: row.id,
        unitId: (row.ward_id ?? row.province_id)!,
        periodEnd: calendarDay(row.period_end),
        participants: Number(row.participants),
        recordedAt: new Date(row.recorded_at),
      },
    }));
    return targets.map((target) => {
      const ofScheme = figures.filter((figure) => figure.scheme === target.scheme);
      const provinceId = target.province!.id;
      return progressOf(
        target,
        achievementOf(
          ofScheme.filter((figure) => figure.ownProvinceId === provinceId).map((figure) => figure.stock),
          ofScheme.filter((figure) => figure.wardProvinceId === provinceId).map((figure) => figure.stock),
        ),
      );
    });
  }
}

/** A participation figure as read for the sums: its own columns, and its ward's province. */
type FigureRow = {
  id: string;
  scheme: string;
  province_id: string | null;
  ward_id: string | null;
  period_end: string | Date;
  participants: number | string;
  recorded_at: number | string | Date;
  ward_province: string | null;
};

/** A date column as `YYYY-MM-DD`, whichever way the driver returns it. */
function calendarDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
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
