import type { EntityManager } from '@mikro-orm/sql';
import { AGENCY_LEVELS, POST_OFFICE_LEVELS } from '@tripartite/shared';
import { validOn } from '../../db/validity.js';
import type { Province } from '../geography/province.entity.js';
import type { Ward } from '../geography/ward.entity.js';
import { Agency } from './agency.entity.js';
import { PostOffice } from './post-office.entity.js';

type UnitClass = typeof Agency | typeof PostOffice;

/** Deeper levels come later in these lists; the deepest unit serving a ward is the one to ask. */
const LEVEL_DEPTH: Record<string, number> = {
  ...Object.fromEntries(AGENCY_LEVELS.map((level, depth) => [level, depth])),
  ...Object.fromEntries(POST_OFFICE_LEVELS.map((level, depth) => [level, depth])),
};

/**
 * Which agency and which post office serve a ward on a day. An office that lists the ward among
 * the wards it serves wins; otherwise the provincial unit of the ward's province, which serves
 * every ward no office has been given. Two queries for any number of wards.
 */
export class ServiceUnitsService {
  constructor(private readonly em: EntityManager) {}

  /** Agencies in force on `day`, optionally only those of one province; top levels first. */
  agencies(province: Province | null, day: string): Promise<Agency[]> {
    return this.unitsInForce(Agency, province, day) as Promise<Agency[]>;
  }

  /** Vietnam Post units in force on `day`, optionally only those of one province; top levels first. */
  postOffices(province: Province | null, day: string): Promise<PostOffice[]> {
    return this.unitsInForce(PostOffice, province, day) as Promise<PostOffice[]>;
  }

  private async unitsInForce(
    unitClass: UnitClass,
    province: Province | null,
    day: string,
  ): Promise<(Agency | PostOffice)[]> {
    const units: (Agency | PostOffice)[] = await this.em.find(
      unitClass as typeof Agency,
      { ...validOn(day), ...(province ? { province } : {}) },
      { orderBy: { code: 'asc' } },
    );
    return units.sort((a, b) => (LEVEL_DEPTH[a.level] ?? 0) - (LEVEL_DEPTH[b.level] ?? 0));
  }

  servingAgencies(wards: readonly Ward[], day: string): Promise<(Agency | null)[]> {
    return this.serving(Agency, wards, day) as Promise<(Agency | null)[]>;
  }

  servingPostOffices(wards: readonly Ward[], day: string): Promise<(PostOffice | null)[]> {
    return this.serving(PostOffice, wards, day) as Promise<(PostOffice | null)[]>;
  }

  private async serving(
    unitClass: UnitClass,
    wards: readonly Ward[],
    day: string,
  ): Promise<(Agency | PostOffice | null)[]> {
    const wardIds = wards.map((ward) => ward.id);
    const provinceIds = [...new Set(wards.map((ward) => ward.province.id))];
    const offices: (Agency | PostOffice)[] = await this.em.find(
      unitClass as typeof Agency,
      { servedWards: { $in: wardIds }, ...validOn(day) },
      { populate: ['servedWards'] },
    );
    const provincial: (Agency | PostOffice)[] = await this.em.find(unitClass as typeof Agency, {
      province: { $in: provinceIds },
      level: 'PROVINCIAL',
      ...validOn(day),
    });
    return wards.map((ward) => {
      const own = offices
        .filter((office) => office.servedWards.getIdentifiers().includes(ward.id))
        .sort((a, b) => (LEVEL_DEPTH[b.level] ?? 0) - (LEVEL_DEPTH[a.level] ?? 0));
      return own[0] ?? provincial.find((unit) => unit.province?.id === ward.province.id) ?? null;
    });
  }
}
