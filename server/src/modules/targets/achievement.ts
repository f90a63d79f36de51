import type { ParticipationFigure } from '../participation/participation-figure.entity.js';
import type { AchievementBasis } from './target-progress.type.js';

export type Achievement = { participants: number; on: string; basis: AchievementBasis; wardsReporting: number | null };

/**
 * Of several figures for the same unit and period (a correction, or two sources), the one
 * recorded last counts; figures are never added to each other.
 */
function latestRecordedPerPeriod(figures: readonly ParticipationFigure[]): Map<string, ParticipationFigure> {
  const byPeriod = new Map<string, ParticipationFigure>();
  for (const figure of figures) {
    const key = `${figure.ward?.id ?? figure.province?.id}|${figure.periodEnd}`;
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

/**
 * What a unit has achieved, from stock figures of one scheme in one year: its own figure for
 * the latest period it has one; but when its wards report a later period, the sum of their
 * figures for that period (with how many wards report, so a partial sum can be seen as one).
 */
export function achievementOf(
  ownFigures: readonly ParticipationFigure[],
  wardFigures: readonly ParticipationFigure[],
): Achievement | null {
  const own = [...latestRecordedPerPeriod(ownFigures).values()].sort((a, b) =>
    b.periodEnd.localeCompare(a.periodEnd),
  )[0];
  const wardTotals = new Map<string, { participants: number; wards: number }>();
  for (const figure of latestRecordedPerPeriod(wardFigures).values()) {
    const total = wardTotals.get(figure.periodEnd) ?? { participants: 0, wards: 0 };
    total.participants += figure.participants;
    total.wards += 1;
    wardTotals.set(figure.periodEnd, total);
  }
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
