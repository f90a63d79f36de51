import type { EntityManager } from '@mikro-orm/core';
import { isProvinceCode, isWardCode, matchesVietnameseSearch, todayInVietnam } from '@tripartite/shared';
import { isValidOn, validOn } from '../../db/validity.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { Province } from './province.entity.js';
import { Ward } from './ward.entity.js';
import { byVietnameseName, sortByVietnameseName } from './vietnamese-name-order.js';

/** A province code is two digits; anything else is the caller's mistake, said before any read. */
export function assertProvinceCode(code: string, field: string): void {
  if (!isProvinceCode(code)) {
    throw new InvalidInputError(field, `Province codes are two digits, such as "79"; got "${code}"`);
  }
}

/** No province bore the code on the day. */
export function noProvince(code: string, asOf: string): NotFoundError {
  return new NotFoundError(`No province has code "${code}" on ${asOf}`);
}

/** Reads the administrative geography: provinces and their wards, communes and special zones. */
export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  async provinces(asOf: string = todayInVietnam()): Promise<Province[]> {
    return this.em.find(Province, validOn(asOf), { orderBy: { code: 'asc' } });
  }

  /** The province that bore `code` on `asOf`; codes were reused in 2025, so the day matters. */
  async provinceByCode(code: string, asOf: string = todayInVietnam(), field = 'code'): Promise<Province> {
    assertProvinceCode(code, field);
    const province = await this.em.findOne(Province, { code, ...validOn(asOf) });
    if (!province) throw noProvince(code, asOf);
    return province;
  }

  /** The ward, commune or special zone that bore `code` on `asOf`. */
  async wardByCode(code: string, asOf: string = todayInVietnam(), field = 'code'): Promise<Ward> {
    if (!isWardCode(code)) {
      throw new InvalidInputError(field, `Ward and commune codes are five digits, such as "26743"; got "${code}"`);
    }
    const ward = await this.em.findOne(Ward, { code, ...validOn(asOf) });
    if (!ward) throw new NotFoundError(`No ward or commune has code "${code}" on ${asOf}`);
    return ward;
  }

  /**
   * The unit a write names by `provinceCode` or `wardCode` (never both), as it stood on `day`,
   * with the province it belongs to (for a ward, its province; for a province, itself).
   */
  async unitByCode(
    codes: { provinceCode?: string | null | undefined; wardCode?: string | null | undefined },
    day: string,
  ): Promise<{ province: Province; ward: Ward | null }> {
    if (codes.provinceCode && codes.wardCode) {
      throw new InvalidInputError('input.wardCode', 'input.wardCode: give a province code or a ward code, not both');
    }
    if (codes.wardCode) {
      const ward = await this.wardByCode(codes.wardCode, day, 'input.wardCode');
      await this.em.populate(ward, ['province']);
      return { province: ward.province, ward };
    }
    if (!codes.provinceCode) {
      throw new InvalidInputError('input.provinceCode', 'input.provinceCode: give a province code or a ward code');
    }
    return { province: await this.provinceByCode(codes.provinceCode, day, 'input.provinceCode'), ward: null };
  }

  /**
   * The wards of one province in force on `day`, in Vietnamese alphabetical order, optionally
   * narrowed by a search that ignores diacritics (`ben thanh` finds `Bến Thành`). Loaded through
   * MikroORM's dataloader, so listing many provinces' wards in one request costs one query, not
   * one each.
   */
  async wardsOf(province: Province, day: string, search?: string): Promise<Ward[]> {
    const wards = await province.wards.load({ dataloader: true });
    return sortByVietnameseName(
      [...wards]
        .filter((ward) => isValidOn(ward, day))
        .filter((ward) => !search || matchesVietnameseSearch(`${ward.name} ${ward.code}`, search)),
    );
  }

  async predecessorsOfProvince(province: Province): Promise<Province[]> {
    const predecessors = await province.predecessors.load({ dataloader: true });
    return [...predecessors].sort((a, b) => a.code.localeCompare(b.code));
  }

  async successorsOfWard(ward: Ward): Promise<Ward[]> {
    return [...(await ward.successors.load({ dataloader: true }))].sort(byVietnameseName);
  }
}
