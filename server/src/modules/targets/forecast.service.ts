import type { EntityManager } from '@mikro-orm/sql';
import { achievementOf } from './achievement.js';
import { driftForecast } from './drift-forecast.js';
import { readStockFigureRows, type StockFigureRow } from './stock-figure-rows.js';
import type { Target } from './target.entity.js';
import type { MonthlyAchievement, TargetForecast } from './target-forecast.type.js';

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
    const figures = await readStockFigureRows(this.em, {
      from: `${Math.min(...years)}-01-01`,
      to: `${Math.max(...years)}-12-31`,
      provinceIds: [...new Set(targets.flatMap((target) => (target.province ? [target.province.id] : [])))],
      wardIds: [...new Set(targets.flatMap((target) => (target.ward ? [target.ward.id] : [])))],
    });
    return targets.map((target) => forecastOf(target, figures));
  }
}

/**
 * The target's monthly series (each month's achievement from the figures ending in that month,
 * counted exactly as `achievedParticipants` is) and the drift forecast from it.
 */
export function forecastOf(target: Target, figures: readonly StockFigureRow[]): TargetForecast | null {
  const unitId = (target.province ?? target.ward)!.id;
  const relevant = figures.filter((figure) => figure.scheme === target.scheme);
  const monthly: MonthlyAchievement[] = [];
  for (let month = 1; month <= 12; month++) {
    const prefix = `${target.year}-${String(month).padStart(2, '0')}`;
    const ofMonth = relevant.filter((figure) => figure.stock.periodEnd.startsWith(prefix));
    const achieved = achievementOf(
      ofMonth.filter((figure) => figure.stock.unitId === unitId && figure.wardProvinceId === null).map((f) => f.stock),
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
