import type { EntityManager } from '@mikro-orm/sql';
import { AGENCY_LEVELS, POST_OFFICE_LEVELS, type AgencyLevel, type PostOfficeLevel } from '@tripartite/shared';
import { validOn } from '../../db/validity.js';
import type { Province } from '../geography/province.entity.js';
import type { Ward } from '../geography/ward.entity.js';
import { Agency } from './agency.entity.js';
import { PostOffice } from './post-office.entity.js';

/**
 * How each organisation is laid out: its levels from the top down, and the levels whose units
 * serve a whole province unless they are given wards (VSS's regional agencies of March–June 2025
 * and its provincial agencies; Vietnam Post's provincial post offices).
 */
type Organisation<U extends Agency | PostOffice> = {
  unitClass: new () => U;
  depthOf: (unit: U) => number;
  areaWideLevels: string[];
};

const AGENCIES: Organisation<Agency> = {
  unitClass: Agency,
  depthOf: (unit) => AGENCY_LEVELS.indexOf(unit.level),
  areaWideLevels: ['REGIONAL', 'PROVINCIAL'] satisfies AgencyLevel[],
};

const POST_OFFICES: Organisation<PostOffice> = {
  unitClass: PostOffice,
  depthOf: (unit) => POST_OFFICE_LEVELS.indexOf(unit.level),
  areaWideLevels: ['PROVINCIAL'] satisfies PostOfficeLevel[],
};

/**
 * Agencies and post offices, and which of them serve a ward on a day. An office given the ward
 * wins, the deepest first; otherwise the deepest area-wide unit of the ward's province. Three
 * queries for any number of wards.
 */
export class ServiceUnitsService {
  constructor(private readonly em: EntityManager) {}

  /** Agencies in force on `day`, optionally only those of one province; top levels first. */
  agencies(province: Province | null, day: string): Promise<Agency[]> {
    return this.unitsInForce(AGENCIES, province, day);
  }

  /** Vietnam Post units in force on `day`, optionally only those of one province; top levels first. */
  postOffices(province: Province | null, day: string): Promise<PostOffice[]> {
    return this.unitsInForce(POST_OFFICES, province, day);
  }

  servingAgencies(wards: readonly Ward[], day: string): Promise<(Agency | null)[]> {
    return this.serving(AGENCIES, wards, day);
  }

  servingPostOffices(wards: readonly Ward[], day: string): Promise<(PostOffice | null)[]> {
    return this.serving(POST_OFFICES, wards, day);
  }

  private async unitsInForce<U extends Agency | PostOffice>(
    organisation: Organisation<U>,
    province: Province | null,
    day: string,
  ): Promise<U[]> {
    const units = (await this.em.find(
      organisation.unitClass as typeof Agency,
      { ...validOn(day), ...(province ? { province } : {}) },
      { orderBy: { code: 'asc' } },
    )) as unknown as U[];
    return units.sort((a, b) => organisation.depthOf(a) - organisation.depthOf(b));
  }

  private async serving<U extends Agency | PostOffice>(
    organisation: Organisation<U>,
    wards: readonly Ward[],
    day: string,
  ): Promise<(U | null)[]> {
    const unitClass = organisation.unitClass as typeof Agency;
    // Which offices list which of these wards: read from the pivot, never by half-filling the
    // offices' servedWards collections (other fields in the request must see them whole).
    const pairs = await this.em
      .createQueryBuilder(unitClass, 'unit')
      .join('unit.servedWards', 'ward')
      .select(['unit.id', 'ward.id as served_ward_id'])
      .where({ servedWards: { $in: wards.map((ward) => ward.id) }, ...validOn(day) })
      .execute<{ id: string; served_ward_id: string }[]>('all', false);
    const offices = (await this.em.find(unitClass, {
      id: { $in: [...new Set(pairs.map((pair) => pair.id))] },
    })) as unknown as U[];
    const areaWide = (await this.em.find(unitClass, {
      province: { $in: [...new Set(wards.map((ward) => ward.province.id))] },
      level: { $in: organisation.areaWideLevels as AgencyLevel[] },
      ...validOn(day),
    })) as unknown as U[];

    const deepestFirst = (a: U, b: U) => organisation.depthOf(b) - organisation.depthOf(a);
    const officeById = new Map(offices.map((office) => [office.id, office]));
    const officeOfWard = new Map<string, U>();
    for (const { id, served_ward_id: wardId } of pairs) {
      const office = officeById.get(id)!;
      const kept = officeOfWard.get(wardId);
      if (!kept || deepestFirst(office, kept) < 0) officeOfWard.set(wardId, office);
    }
    const areaWideOfProvince = new Map<string, U>();
    for (const unit of [...areaWide].sort(deepestFirst)) {
      if (unit.province && !areaWideOfProvince.has(unit.province.id)) areaWideOfProvince.set(unit.province.id, unit);
    }
    return wards.map((ward) => officeOfWard.get(ward.id) ?? areaWideOfProvince.get(ward.province.id) ?? null);
  }
}
