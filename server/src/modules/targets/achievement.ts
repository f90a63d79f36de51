import type { ParticipationFigure } from '../participation/participation-figure.entity.js';
import type { AchievementBasis } from './target-progress.type.js';

export type Achievement = { participants: number; on: string; basis: AchievementBasis; wardsReporting: number | null };

/** What achievement is worked out from: a stock figure of one unit (a ward or a province). */
export type StockFigure = { id: string; unitId: string; periodEnd: string; participants: number; recordedAt: Date };

export function stockFigureOf(figure: ParticipationFigure): StockFigure {
  return {
    id: figure.id,
    unitId: (figure.ward?.id ?? figure.province?.id)!,
    periodEnd: figure.periodEnd,
    participants: figure.participants,
    recordedAt: figure.recordedAt,
  };
}

/**
 * Of several figures for the same unit and period (a correction, or two sources), the one
 * recorded last counts; figures are never added to each other.
 */
function latestRecordedPerPeriod(figures: readonly StockFigure[]): Map<string, StockFigure> {
  const byPeriod = new Map<string, StockFigure>();
  for (const figure of figures) {
    const key = `${figure.unitId}|${figure.periodEnd}`;
    const kept = byPeriod.get(key);
    if (
      !kept ||
      figure.recordedAt > kept.recordedAt ||
      (figure.recordedAt.getTime() === kept.recordedAt.getTime() && figure.id > kept.id)
    ) {
      byPeriod.set(key, figure);
    }
  }
  return byPeriod;
}

/** The ward figures of one period added up: the one recorded last per ward, and how many wards. */
export type WardPeriodTotal = { participants: number; wards: number };

/** Ward figures summed per period end (each ward's figure recorded last for that period). */
function wardTotalsByPeriod(wardFigures: readonly StockFigure[]): Map<string, WardPeriodTotal> {
  const wardTotals = new Map<string, WardPeriodTotal>();
  for (const figure of latestRecordedPerPeriod(wardFigures).values()) {
    const total = wardTotals.get(figure.periodEnd) ?? { participants: 0, wards: 0 };
    total.participants += figure.participants;
    total.wards += 1;
    wardTotals.set(figure.periodEnd, total);
  }
  return wardTotals;
}

/**
 * What a unit has achieved, from stock figures of one scheme in one year: its own figure for
 * the latest period it has one; but when its wards report a later period, the sum of their
 * figures for that period (with how many wards report, so a partial sum can be seen as one).
 */
export function achievementOf(
  ownFigures: readonly StockFigure[],
  wardFigures: readonly StockFigure[],
): Achievement | null {
  return achievementFromTotals(ownFigures, wardTotalsByPeriod(wardFigures));
}

/**
 * The same from the wards' figures already summed per period (`wardTotalsByPeriod`, or its SQL
 * twin in stock-figure-rows.ts, which sums them in the database for a province's dashboard).
 */
export function achievementFromTotals(
  ownFigures: readonly StockFigure[],
  wardTotals: ReadonlyMap<string, WardPeriodTotal>,
): Achievement | null {
  const own = [...latestRecordedPerPeriod(ownFigures).values()].sort((a, b) =>
    b.periodEnd.localeCompare(a.periodEnd),
  )[0];
  const latestWardPeriod = [...wardTotals.keys()].sort().at(-1);
  if (latestWardPeriod && (!own || latestWardPeriod > own.periodEnd)) {
    const total = wardTotals.get(latestWardPeriod)!;
    return {
      participants: total.participants,
      on: latestWardPeriod,
      basis: 'SUM_OF_WARD_FIGURES',
      wardsReporting: total.wards,
    };
  }
  return own ? { participants: own.participants, on: own.periodEnd, basis: 'UNIT_FIGURE', wardsReporting: null } : null;
}
