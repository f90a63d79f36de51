import type { EntityManager } from '@mikro-orm/sql';
import type { Scheme } from '@tripartite/shared';
import { InvalidInputError } from '../../errors.js';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { Target } from './target.entity.js';
import type { TargetProgress } from './target-progress.type.js';

type Achieved = { participants: number; on: string };

/** Targets and how far each has been reached, from participation figures recorded as stocks. */
export class TargetsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * For each province: the year's targets recorded for it and for the units merged into it
   * (Ho Chi Minh City's 2024 targets belong to the city as it was before 1 July 2025), each with
   * its achievement. A fixed number of queries for any number of provinces.
   */
  async progressOfProvinces(provinceIds: readonly string[], year: number): Promise<TargetProgress[][]> {
    assertYear(year);
    const predecessors = await this.em.find(Province, { successor: { $in: [...provinceIds] } });
    const ownerOf = new Map<string, string>(provinceIds.map((id) => [id, id]));
    for (const predecessor of predecessors) ownerOf.set(predecessor.id, predecessor.successor!.id);

    const targets = await this.em.find(
      Target,
      { province: { $in: [...ownerOf.keys()] }, year },
      { orderBy: { scheme: 'asc', totalParticipants: 'desc' } },
    );
    const achieved = await this.achievedByProvince([...new Set(targets.map((t) => t.province!.id))], year);
    const progress = targets.map((target) => {
      const reached = achieved.get(`${target.province!.id}|${target.scheme}`) ?? null;
      return {
        scheme: target.scheme,
        year: target.year,
        target,
        achievedParticipants: reached?.participants ?? null,
        achievedOn: reached?.on ?? null,
        fractionReached: reached ? reached.participants / target.totalParticipants : null,
      };
    });
    return groupInKeyOrder(provinceIds, progress, (row) => ownerOf.get(row.target.province!.id)!);
  }

  /**
   * Participants covered at the latest period end in the year, per province and scheme: the
   * province's own figure when it has one for that period, else the sum over its wards.
   */
  private async achievedByProvince(provinceIds: string[], year: number): Promise<Map<string, Achieved>> {
    if (provinceIds.length === 0) return new Map();
    const inYear = { $gte: `${year}-01-01`, $lte: `${year}-12-31` };
    const figures = await this.em.find(
      ParticipationFigure,
      {
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        periodEnd: inYear,
        $or: [{ province: { $in: provinceIds } }, { ward: { province: { $in: provinceIds } } }],
      },
      { populate: ['ward'], fields: ['scheme', 'periodEnd', 'participants', 'province', 'ward.province'] },
    );
    const own = new Map<string, Achieved>();
    const wardTotals = new Map<string, Map<string, number>>(); // key → period end → sum over wards
    for (const figure of figures) {
      const provinceId = figure.province?.id ?? figure.ward?.province.id;
      if (!provinceId) continue;
      const key = `${provinceId}|${figure.scheme satisfies Scheme}`;
      if (figure.province) {
        const best = own.get(key);
        if (!best || figure.periodEnd > best.on)
          own.set(key, { participants: figure.participants, on: figure.periodEnd });
      } else {
        const byPeriod = wardTotals.get(key) ?? new Map<string, number>();
        byPeriod.set(figure.periodEnd, (byPeriod.get(figure.periodEnd) ?? 0) + figure.participants);
        wardTotals.set(key, byPeriod);
      }
    }
    for (const [key, byPeriod] of wardTotals) {
      const latest = [...byPeriod.keys()].sort().at(-1)!;
      const mine = own.get(key);
      if (!mine || latest > mine.on) own.set(key, { participants: byPeriod.get(latest)!, on: latest });
    }
    return own;
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new InvalidInputError('year', `year must be a calendar year such as 2024; got ${year}`);
  }
}
