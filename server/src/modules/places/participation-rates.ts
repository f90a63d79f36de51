import type { ParticipationTotal } from '../participation/participation-total.type.js';
import type { ParticipationRate } from './place-figures.type.js';

/**
 * Participants per 1,000 inhabitants, for totals of people covered at a period's end; flows
 * (people enrolled during a campaign) are not set against a population.
 */
export function participationRates(
  totals: readonly ParticipationTotal[],
  population: { inhabitants: number; asOf: string } | null,
): ParticipationRate[] {
  if (!population || population.inhabitants === 0) return [];
  return totals
    .filter((total) => total.measure === 'PARTICIPANTS_AT_PERIOD_END')
    .map((total) => ({
      scheme: total.scheme,
      periodEnd: total.periodEnd,
      participants: total.participants,
      participantsSource: total.source,
      inhabitants: population.inhabitants,
      populationAsOf: population.asOf,
      perThousandInhabitants: Math.round((total.participants / population.inhabitants) * 10_000) / 10,
    }));
}
