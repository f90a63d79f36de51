import type { EntityManager } from '@mikro-orm/sql';
import { isSignedAndInEffect, wardSigningStatus, type WardSigningStatus } from '@tripartite/shared';
import { validOn } from '../../db/validity.js';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { byVietnameseName } from '../geography/geography.service.js';
import type { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Agreement } from './agreement.entity.js';

export type SigningProgressCounts = Record<WardSigningStatus, number> & { totalWards: number };

/**
 * The rules of "has this ward signed?". A ward lacks a signed agreement when no agreement in
 * effect on the day has status SIGNED; its current agreement is that signed one, or else the
 * latest one recorded, whatever its status.
 */
export class SigningService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The headline query: wards of a province in force on `day` without a signed agreement in
   * effect. One SQL statement: the wards, minus those a signed-and-in-effect agreement covers
   * (a NOT IN subquery served by the index on agreement (ward, status, effective_from)).
   */
  async wardsLackingSignedAgreement(province: Province, day: string): Promise<Ward[]> {
    const signedInEffect = this.em
      .createQueryBuilder(Agreement, 'signed')
      .select('signed.ward')
      .where({
        status: 'SIGNED',
        effectiveFrom: { $lte: day },
        $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }],
      });
    const wards = await this.em.find(Ward, { province, ...validOn(day), id: { $nin: signedInEffect } });
    return wards.sort(byVietnameseName);
  }

  /** Every agreement of each ward, newest first: the batch function behind a DataLoader. */
  async agreementsOfWards(wardIds: readonly string[]): Promise<Agreement[][]> {
    const agreements = await this.em.find(
      Agreement,
      { ward: { $in: [...wardIds] } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    return groupInKeyOrder(wardIds, agreements, (agreement) => agreement.ward.id);
  }

  /** The agreement that speaks for the ward on `day`: the signed one in effect, else the latest. */
  currentOf(agreementsNewestFirst: readonly Agreement[], day: string): Agreement | null {
    return (
      agreementsNewestFirst.find((agreement) => isSignedAndInEffect(agreement, day)) ?? agreementsNewestFirst[0] ?? null
    );
  }

  statusOf(agreementsNewestFirst: readonly Agreement[], day: string): WardSigningStatus {
    return wardSigningStatus(this.currentOf(agreementsNewestFirst, day), day);
  }

  /** Counts wards by where they stand; the counts add up to the number of wards. */
  progress(agreementsPerWard: readonly (readonly Agreement[])[], day: string): SigningProgressCounts {
    const counts: SigningProgressCounts = {
      totalWards: agreementsPerWard.length,
      SIGNED: 0,
      AWAITING_SIGNATURES: 0,
      DRAFTING: 0,
      NOT_STARTED: 0,
    };
    for (const agreements of agreementsPerWard) counts[this.statusOf(agreements, day)] += 1;
    return counts;
  }
}
