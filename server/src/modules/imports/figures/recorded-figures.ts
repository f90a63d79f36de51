import type { EntityManager } from '@mikro-orm/sql';
import type { ParticipationMeasure, Scheme } from '@tripartite/shared';
import type { Province } from '../../geography/province.entity.js';
import type { Ward } from '../../geography/ward.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';

/** How many ids go into one `in (…)` list: well under every database's parameter limit. */
const CHUNK = 500;

export type Unit = { province: Province; ward: Ward | null };

export function unitKey(unit: Unit): string {
  return unit.ward ? `w${unit.ward.id}` : `p${unit.province.id}`;
}

/**
 * The figures already recorded for the units of a file, loaded in a few queries instead of a few
 * per row, and searched in memory: the figure that counts for a period, the previous stock, the
 * other measure's figure for the same period end.
 */
export class RecordedFigures {
  private constructor(private readonly byUnit: Map<string, ParticipationFigure[]>) {}

  static async load(em: EntityManager, units: Unit[]): Promise<RecordedFigures> {
    const wardIds = [...new Set(units.filter((unit) => unit.ward).map((unit) => unit.ward!.id))];
    const provinceIds = [...new Set(units.filter((unit) => !unit.ward).map((unit) => unit.province.id))];
    const figures: ParticipationFigure[] = [];
    for (let start = 0; start < wardIds.length; start += CHUNK) {
      const ward = { $in: wardIds.slice(start, start + CHUNK) };
      figures.push(...(await em.find(ParticipationFigure, { ward }, { populate: ['source'] })));
    }
    for (let start = 0; start < provinceIds.length; start += CHUNK) {
      const province = { $in: provinceIds.slice(start, start + CHUNK) };
      figures.push(...(await em.find(ParticipationFigure, { province, ward: null }, { populate: ['source'] })));
    }
    const byUnit = new Map<string, ParticipationFigure[]>();
    for (const figure of figures) {
      const key = figure.ward ? `w${figure.ward.id}` : `p${figure.province!.id}`;
      (byUnit.get(key) ?? byUnit.set(key, []).get(key)!).push(figure);
    }
    return new RecordedFigures(byUnit);
  }

  private of(unit: Unit, scheme: Scheme, measure: ParticipationMeasure): ParticipationFigure[] {
    return (this.byUnit.get(unitKey(unit)) ?? []).filter(
      (figure) => figure.scheme === scheme && figure.measure === measure,
    );
  }

  /** Of several figures, the one that counts: the latest period end, then the latest recorded. */
  private static last(figures: ParticipationFigure[]): ParticipationFigure | null {
    return (
      [...figures]
        .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.recordedAt.getTime() - b.recordedAt.getTime())
        .at(-1) ?? null
    );
  }

  /** The figure that counts for exactly this period. */
  counting(unit: Unit, scheme: Scheme, measure: ParticipationMeasure, start: string, end: string) {
    return RecordedFigures.last(
      this.of(unit, scheme, measure).filter((figure) => figure.periodStart === start && figure.periodEnd === end),
    );
  }

  /** The latest figure of a period ending before `end`. */
  before(unit: Unit, scheme: Scheme, measure: ParticipationMeasure, end: string) {
    return RecordedFigures.last(this.of(unit, scheme, measure).filter((figure) => figure.periodEnd < end));
  }

  /** The figure that counts among those of periods ending on `end`. */
  endingOn(unit: Unit, scheme: Scheme, measure: ParticipationMeasure, end: string) {
    return RecordedFigures.last(this.of(unit, scheme, measure).filter((figure) => figure.periodEnd === end));
  }
}
