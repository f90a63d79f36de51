import type { EntityManager } from '@mikro-orm/core';
import { isProvinceCode, todayInVietnam } from '@tripartite/shared';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { Province } from './province.entity.js';
import type { Ward } from './ward.entity.js';

const vietnameseCollator = new Intl.Collator('vi');

/** Units in force on a day: started on or before it and not ended before it. */
function validOn(day: string) {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}

/** Reads the administrative geography: provinces and their wards, communes and special zones. */
export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  async provinces(asOf: string = todayInVietnam()): Promise<Province[]> {
    return this.em.find(Province, validOn(asOf), { orderBy: { code: 'asc' } });
  }

  /** The province that bore `code` on `asOf`; codes were reused in 2025, so the day matters. */
  async provinceByCode(code: string, asOf: string = todayInVietnam()): Promise<Province> {
    if (!isProvinceCode(code)) {
      throw new InvalidInputError('code', `Province codes are two digits, such as "79"; got "${code}"`);
    }
    const province = await this.em.findOne(Province, { code, ...validOn(asOf) });
    if (!province) throw new NotFoundError(`No province has code "${code}" on ${asOf}`);
    return province;
  }

  /**
   * The wards of one province, in Vietnamese alphabetical order. Loaded through MikroORM's
   * dataloader, so listing many provinces' wards in one request costs one query, not one each.
   */
  async wardsOf(province: Province): Promise<Ward[]> {
    const wards = await province.wards.load({ dataloader: true });
    return [...wards].sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  }
}
