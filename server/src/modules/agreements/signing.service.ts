import type { EntityManager } from '@mikro-orm/sql';
import {
  isSignedAndInEffect,
  todayInVietnam,
  wardSigningStatus,
  type AgreementTerms,
  type WardSigningStatus,
} from '@tripartite/shared';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { validOn } from '../../db/validity.js';
import { sortByVietnameseName } from '../geography/vietnamese-name-order.js';
import type { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Agreement } from './agreement.entity.js';

export type WardStanding = { current: Agreement | null; status: WardSigningStatus };
export type SigningProgressCounts = Record<WardSigningStatus, number> & { totalWards: number };

/**
 * True when the agreement was signed by `day` and while its ward still existed. An agreement
 * dated after its ward was merged away cannot have bound it, so it is not one to re-sign.
 */
export function signedWhileUnitExisted(agreement: Agreement, ward: Ward, day: string): boolean {
  const signedOn = agreement.signedOn;
  return signedOn !== null && signedOn <= day && (ward.validTo === null || signedOn <= ward.validTo);
}

/**
 * Whether a ward had signed any agreement of its own by `day`, even one since ended or not yet
 * in effect: such a ward has re-signed after a merger, so it is never `NEEDS_RESIGNING`.
 */
export function hasSignedOwnAgreement(agreements: readonly Agreement[], day: string): boolean {
  return agreements.some((agreement) => agreement.signedOn !== null && agreement.signedOn <= day);
}

/** The last instant of a calendar day in Vietnam (UTC+7). */
function endOfDayInVietnam(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/**
 * The rules of "has this ward signed?". A ward lacks a signed agreement when no agreement in
 * effect on the day has status SIGNED; its current agreement is that signed one, or else the
 * latest one recorded by then, whatever its status.
 */
export class SigningService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The headline query: wards of a province in force on `day` without a signed agreement in
   * effect. One SQL statement: the wards, minus those a signed-and-in-effect agreement covers.
   * The subquery is narrowed to the province's own wards, so it joins only that province's signed
   * agreements instead of hashing every one in the country (PostgreSQL, Ho Chi Minh City among
   * 9,470 wards: 1.1 ms against 1.8 ms).
   */
  async wardsLackingSignedAgreement(province: Province, day: string): Promise<Ward[]> {
    const signedInEffect = this.em
      .createQueryBuilder(Agreement, 'signed')
      .select('signed.ward')
      .where({
        ward: { province },
        status: 'SIGNED',
        effectiveFrom: { $lte: day },
        $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }],
      });
    const wards = await this.em.find(Ward, { province, ...validOn(day), id: { $nin: signedInEffect } });
    return sortByVietnameseName(wards);
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

  /**
   * Where a ward stood at the end of `day` in Vietnam, from its agreements (newest first). For
   * today the agreements' present status decides; for a past day, their status history does (an
   * agreement without history counts from when it was recorded), and agreements not yet begun
   * by then do not count.
   */
  async standingOn(agreementsNewestFirst: readonly Agreement[], day: string): Promise<WardStanding> {
    const terms = await this.termsOn(agreementsNewestFirst, day);
    const existing = agreementsNewestFirst
      .map((agreement, index) => ({ agreement, terms: terms[index] }))
      .filter((entry): entry is { agreement: Agreement; terms: AgreementTerms } => entry.terms !== null);
    const current = existing.find((entry) => isSignedAndInEffect(entry.terms, day)) ?? existing[0] ?? null;
    return { current: current?.agreement ?? null, status: wardSigningStatus(current?.terms ?? null, day) };
  }

  /** Each agreement's terms at the end of `day`; null for one not yet recorded then. */
  private async termsOn(agreements: readonly Agreement[], day: string): Promise<(AgreementTerms | null)[]> {
    if (day >= todayInVietnam()) return agreements.map((agreement) => agreement);
    const endOfDay = endOfDayInVietnam(day);
    // Batched by MikroORM's collection dataloader across every ward in the response.
    const histories = await Promise.all(agreements.map((agreement) => agreement.history.load({ dataloader: true })));
    return agreements.map((agreement, index) => {
      const history = [...histories[index]!].sort((a, b) => a.sequence - b.sequence);
      const current = {
        status: agreement.status,
        effectiveFrom: agreement.effectiveFrom,
        effectiveTo: agreement.effectiveTo,
      };
      // No history recorded: the agreement stands as it is now, from the moment it was recorded.
      if (history.length === 0) return agreement.createdAt <= endOfDay ? current : null;
      // Otherwise its history decides, back-dated entries included: it existed from its first change.
      const status = history.filter((change) => change.changedAt <= endOfDay).at(-1)?.toStatus;
      return status ? { ...current, status } : null;
    });
  }
}

/** Counts wards by where they stand; the counts add up to the number of wards. */
export function signingProgressCounts(standings: readonly Pick<WardStanding, 'status'>[]): SigningProgressCounts {
  const counts: SigningProgressCounts = {
    totalWards: standings.length,
    SIGNED: 0,
    SIGNED_NOT_YET_IN_EFFECT: 0,
    AWAITING_SIGNATURES: 0,
    DRAFTING: 0,
    NEEDS_RESIGNING: 0,
    NOT_STARTED: 0,
  };
  for (const standing of standings) counts[standing.status] += 1;
  return counts;
}
