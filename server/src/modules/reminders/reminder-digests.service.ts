import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { Account } from '../access/account.entity.js';
import { viewerOf } from '../accounts/authentication.service.js';
import type { StalledAgreement } from '../agreements/stalled-agreement.type.js';
import { StalledAgreementsService } from '../agreements/stalled-agreements.service.js';
import { GeographyService } from '../geography/geography.service.js';
import { holdingSendings } from './reminder-claim-lease.js';
import { ReminderSending } from './reminder-sending.entity.js';

/** One person's digest: the stalled agreements in their scope not yet sent to them this period. */
export type PlannedDigest = { account: Account; agreements: StalledAgreement[] };

export type DigestPlan = {
  /** The digest period: today in Vietnam, `YYYY-MM-DD`. */
  period: string;
  idleDays: number;
  digests: PlannedDigest[];
};

export type DigestOptions = { idleDays: number; provinceCode?: string | undefined; now?: Date };

/** The roles that move agreements forward, and so are reminded of them. */
const REMINDED_ROLES = ['DIRECTOR', 'COORDINATOR'] as const;

/**
 * Who gets which agreements today. The stalled rule and each person's scope are those of
 * `myReminderDigest` (StalledAgreementsService.of): a person is reminded of exactly what the
 * API shows them, less what an email (or a live claim) already named to them this period.
 */
export class ReminderDigestsService {
  constructor(private readonly em: EntityManager) {}

  async plan({ idleDays, provinceCode, now = new Date() }: DigestOptions): Promise<DigestPlan> {
    const period = todayInVietnam(now);
    const stalled = new StalledAgreementsService(this.em);
    // `--province`: the same rows as `stalledAgreements(provinceCode)`, intersected per person.
    const inProvince = provinceCode
      ? await new GeographyService(this.em)
          .provinceByCode(provinceCode, period, '--province')
          .then((province) => stalled.inProvince(province.id, idleDays, now))
          .then((rows) => new Set(rows.map((row) => row.agreement.id)))
      : null;
    // Disabled accounts never get one; an account without an address cannot.
    const accounts = await this.em.find(
      Account,
      { role: { $in: [...REMINDED_ROLES] }, active: true, email: { $ne: '' } },
      { populate: ['agency', 'postOffice'], orderBy: { email: 'asc' } },
    );
    const alreadySent = await this.heldThisPeriod(accounts, period, now);
    const digests: PlannedDigest[] = [];
    for (const account of accounts) {
      const sent = alreadySent.get(account.id);
      const agreements = (await stalled.of(viewerOf(account, { kind: 'command-line' }), idleDays, now)).filter(
        (row) => (!inProvince || inProvince.has(row.agreement.id)) && !sent?.has(row.agreement.id),
      );
      if (agreements.length > 0) digests.push({ account, agreements });
    }
    return { period, idleDays, digests };
  }

  /** Per account, the agreements a delivered email, or a live claim, already named in this period. */
  private async heldThisPeriod(accounts: Account[], period: string, now: Date): Promise<Map<string, Set<string>>> {
    const sent = new Map<string, Set<string>>();
    if (accounts.length === 0) return sent;
    const sendings = await this.em.find(ReminderSending, {
      period,
      account: { $in: accounts.map((account) => account.id) },
      ...holdingSendings(now),
    });
    for (const sending of sendings) {
      const ids = sent.get(sending.account.id) ?? new Set<string>();
      sending.agreementIds.forEach((id) => ids.add(id));
      sent.set(sending.account.id, ids);
    }
    return sent;
  }
}
