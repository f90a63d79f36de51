import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { achievementOf, type StockFigure } from './achievement.js';
import { driftForecast } from './drift-forecast.js';
import type { Target } from './target.entity.js';
import type { MonthlyAchievement, TargetForecast } from './target-forecast.type.js';

/** A stock figure with what it is counted toward: its scheme and its unit (or its ward's province). */
type YearFigure = {
  scheme: string;
  year: number;
  ownUnitId: string;
  wardProvinceId: string | null;
  stock: StockFigure;
};

/**
 * Forecasts for targets, from the monthly stock figures of their years: at most three
 * statements for any number of targets (province targets' own figures, their wards' figures,
 * ward targets' figures), read as plain rows like `TargetsService`.
 */
export class ForecastService {
  constructor(private readonly em: EntityManager) {}

  async forecastsOf(targets: readonly Target[]): Promise<(TargetForecast | null)[]> {
    const years = [...new Set(targets.map((target) => target.year))];
    if (years.length === 0) return [];
    const provinceIds = [...new Set(targets.flatMap((target) => (target.province ? [target.province.id] : [])))];
    const wardIds = [...new Set(targets.flatMap((target) => (target.ward ? [target.ward.id] : [])))];
    const inYears = {
      measure: 'PARTICIPANTS_AT_PERIOD_END' as const,
      periodEnd: { $gte: `${Math.min(...years)}-01-01`, $lte: `${Math.max(...years)}-12-31` },
    };
    const columns = () =>
      this.em
        .createQueryBuilder(ParticipationFigure, 'f')
        .select(['f.id', 'f.scheme', 'f.periodEnd', 'f.participants', 'f.recordedAt'])
        .addSelect(raw('f.province_id as province_id'))
        .addSelect(raw('f.ward_id as ward_id'));
    const rows: FigureRow[] = [];
    if (provinceIds.length > 0) {
      // Apart, each through its own index, as in TargetsService.withAchievement.
      rows.push(
        ...(await columns()
          .addSelect(raw('null as ward_province'))
          .where({ ...inYears, province: { $in: provinceIds } })
          .execute<FigureRow[]>('all', false)),
        ...(await columns()
          .addSelect(raw('w.province_id as ward_province'))
          .join('f.ward', 'w')
          .where({
            ...inYears,
            ward: {
              $in: this.em
                .createQueryBuilder(Ward, 'pw')
                .select('pw.id')
                .where({ province: { $in: provinceIds } }),
            },
          })
          .execute<FigureRow[]>('all', false)),
      );
    }
    if (wardIds.length > 0) {
      rows.push(
        ...(await columns()
          .addSelect(raw('null as ward_province'))
          .where({ ...inYears, ward: { $in: wardIds } })
          .execute<FigureRow[]>('all', false)),
      );
    }
    const figures = rows.map(yearFigureOf);
    return targets.map((target) => forecastOf(target, figures));
  }
}

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

function yearFigureOf(row: FigureRow): YearFigure {
  const periodEnd =
    typeof row.period_end === 'string' ? row.period_end.slice(0, 10) : row.period_end.toISOString().slice(0, 10);
  const unitId = (row.ward_id ?? row.province_id)!;
  return {
    scheme: row.scheme,
    year: Number(periodEnd.slice(0, 4)),
    ownUnitId: unitId,
    wardProvinceId: row.ward_province,
    stock: {
      id: row.id,
      unitId,
      periodEnd,
      participants: Number(row.participants),
      recordedAt: new Date(row.recorded_at),
    },
  };
}

/**
 * The target's monthly series (each month's achievement from the figures ending in that month,
 * counted exactly as `achievedParticipants` is) and the drift forecast from it.
 */
export function forecastOf(target: Target, figures: readonly YearFigure[]): TargetForecast | null {
  const unitId = (target.province ?? target.ward)!.id;
  const relevant = figures.filter((figure) => figure.scheme === target.scheme && figure.year === target.year);
  const monthly: MonthlyAchievement[] = [];
  for (let month = 1; month <= 12; month++) {
    const prefix = `${target.year}-${String(month).padStart(2, '0')}`;
    const ofMonth = relevant.filter((figure) => figure.stock.periodEnd.startsWith(prefix));
    const achieved = achievementOf(
      ofMonth.filter((figure) => figure.ownUnitId === unitId && figure.wardProvinceId === null).map((f) => f.stock),
      target.province ? ofMonth.filter((figure) => figure.wardProvinceId === unitId).map((f) => f.stock) : [],
    );
    if (achieved) monthly.push({ monthEnd: monthEnd(target.year, month), participants: achieved.participants });
  }
  const forecast = driftForecast(
    monthly.map((point) => ({ month: Number(point.monthEnd.slice(5, 7)), participants: point.participants })),
  );
  if (!forecast) return null;
  const monthsLeft = 12 - forecast.month;
  const shortfall = Math.max(0, target.totalParticipants - forecast.achieved);
  return {
    asOf: monthEnd(target.year, forecast.month),
    achieved: forecast.achieved,
    projected: forecast.projected,
    low: forecast.low,
    high: forecast.high,
    monthlyPace: Math.round(forecast.monthlyDrift * 10) / 10,
    requiredMonthlyPace: monthsLeft === 0 ? null : Math.ceil(shortfall / monthsLeft),
    onTrack: forecast.projected >= target.totalParticipants,
    method: 'DRIFT',
    monthly,
  };
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
