import type { EntityManager } from '@mikro-orm/core';
import type { Scheme } from '@tripartite/shared';
import type { Province } from '../../../modules/geography/province.entity.js';
import { ParticipationFigure } from '../../../modules/participation/participation-figure.entity.js';
import { Publication } from '../../../modules/participation/publication.entity.js';
import { Target } from '../../../modules/targets/target.entity.js';

/**
 * Made-up monthly participation figures for Ho Chi Minh City, January 2024 to November 2026
 * (the last month ended before the demo's "today", December 2026), and made-up targets for 2025
 * and 2026, so the dashboard's current year shows real numbers and a forecast. Figures up to June
 * 2025 sit on the city as it was then (beside its published 2024 targets), later ones and the
 * 2025 and 2026 targets on today's merged city, whose 2025 forecast so starts in July. Each
 * series starts at a level and adds a steady monthly gain with deterministic noise, so the
 * forecast's back-test (docs/forecast.md) gives the same numbers on every machine.
 */
type Series = { scheme: Scheme; year: number; january: number; gain: number; noise: number; months: number };

const SERIES: readonly Series[] = [
  { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2024, january: 9_800, gain: 480, noise: 150, months: 12 },
  { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', year: 2024, january: 835_000, gain: 6_000, noise: 2_500, months: 12 },
  { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2025, january: 14_500, gain: 520, noise: 180, months: 12 },
  { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', year: 2025, january: 1_215_000, gain: 7_000, noise: 3_000, months: 12 },
  { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2026, january: 20_600, gain: 300, noise: 160, months: 11 },
  { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', year: 2026, january: 1_290_000, gain: 4_200, noise: 2_000, months: 11 },
];

/** Made-up targets of the merged city (the 2024 ones are published: see targets-2024.seed.ts). */
const TARGETS: readonly { scheme: Scheme; year: number; total: number; retained: number | null }[] = [
  { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2025, total: 21_000, retained: null },
  { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', year: 2025, total: 1_300_000, retained: 1_210_000 },
  { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', year: 2026, total: 24_000, retained: null },
  { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', year: 2026, total: 1_330_000, retained: 1_285_000 },
];

/** Mulberry32: a tiny seeded generator, so the demo data is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The demo's monthly series as plain numbers: the back-test reads the same ones. */
export function demoMonthlySeries(): { scheme: Scheme; year: number; participants: number[] }[] {
  const random = seededRandom(2024);
  return SERIES.map((series) => {
    const participants: number[] = [];
    let level = series.january;
    for (let month = 1; month <= series.months; month++) {
      if (month > 1) level += series.gain + Math.round((random() + random() + random() - 1.5) * 2 * series.noise);
      participants.push(level);
    }
    return { scheme: series.scheme, year: series.year, participants };
  });
}

export function seedMonthlyFigures(em: EntityManager, cityBefore2025: Province, city: Province): void {
  const source = em.create(Publication, {
    title: 'Số người tham gia hằng tháng, TP.HCM (dữ liệu mẫu, không phải số liệu công bố)',
    publisher: 'Tripartite (dữ liệu mẫu)',
    publishedOn: null,
    url: null,
  });
  for (const series of demoMonthlySeries()) {
    series.participants.forEach((participants, index) => {
      const month = String(index + 1).padStart(2, '0');
      em.create(ParticipationFigure, {
        scheme: series.scheme,
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        // A figure stays on the unit as it stood in its period: the merged city from July 2025.
        province: periodStartsBefore(series.year, index + 1, '2025-07') ? cityBefore2025 : city,
        periodStart: `${series.year}-${month}-01`,
        periodEnd: new Date(Date.UTC(series.year, index + 1, 0)).toISOString().slice(0, 10),
        participants,
        source,
        recordedAt: new Date(Date.UTC(series.year, index + 1, 10)),
      });
    });
  }
  for (const target of TARGETS) {
    em.create(Target, {
      scheme: target.scheme,
      year: target.year,
      province: city,
      totalParticipants: target.total,
      retainedParticipants: target.retained,
      newParticipants: target.retained === null ? null : target.total - target.retained,
      source,
    });
  }
}

function periodStartsBefore(year: number, month: number, yearMonth: string): boolean {
  return `${year}-${String(month).padStart(2, '0')}` < yearMonth;
}
