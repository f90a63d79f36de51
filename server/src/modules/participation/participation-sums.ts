import type { ParticipationFigure } from './participation-figure.entity.js';
import type { ParticipationTotal } from './participation-total.type.js';

/**
 * What makes figures addable, for any sum of figures across units (campaign results regrouped
 * under today's units, a unit's totals through its merges): the same scheme, measure and source.
 */
export function addableKey(figure: ParticipationFigure): string {
  return [figure.scheme, figure.measure, figure.source.id].join('|');
}

/**
 * Sums figures of several units per period, scheme, measure and source. Of two figures for one
 * unit in a group (a correction), the one recorded later counts; figures are never rewritten.
 * Oldest period first, then by scheme, measure and the largest sum.
 */
export function sumFiguresPerPeriod(figures: readonly ParticipationFigure[]): ParticipationTotal[] {
  const groups = new Map<string, Map<string, ParticipationFigure>>();
  for (const figure of figures) {
    const key = [figure.periodStart, figure.periodEnd, addableKey(figure)].join('|');
    const byUnit = groups.get(key) ?? new Map<string, ParticipationFigure>();
    const unitId = (figure.ward ?? figure.province)?.id ?? 'country';
    const kept = byUnit.get(unitId);
    const later =
      !kept ||
      figure.recordedAt > kept.recordedAt ||
      (figure.recordedAt.getTime() === kept.recordedAt.getTime() && figure.id > kept.id);
    if (later) byUnit.set(unitId, figure);
    groups.set(key, byUnit);
  }
  return [...groups.values()]
    .map((byUnit) => {
      const counted = [...byUnit.values()].sort((a, b) => b.participants - a.participants);
      const first = counted[0]!;
      return {
        scheme: first.scheme,
        measure: first.measure,
        periodStart: first.periodStart,
        periodEnd: first.periodEnd,
        source: first.source,
        participants: counted.reduce((sum, figure) => sum + figure.participants, 0),
        figures: counted,
      };
    })
    .sort(
      (a, b) =>
        a.periodEnd.localeCompare(b.periodEnd) ||
        a.scheme.localeCompare(b.scheme) ||
        a.measure.localeCompare(b.measure) ||
        b.participants - a.participants,
    );
}
