import { LockMode } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/sql';
import { Account } from '../access/account.entity.js';
import { appendAuditRecord, type SystemActor } from '../audit/audit-trail.js';
import type { DigestPlan, PlannedDigest } from './reminder-digests.service.js';
import { composeReminderEmail } from './reminder-email.js';
import { holdingSendings } from './reminder-claim-lease.js';
import { ReminderSending } from './reminder-sending.entity.js';
import type { Mailer } from './mail-transport.js';

export type DeliveryOutcome = {
  digest: PlannedDigest;
  /** The Message-ID when delivered; null when not. */
  messageId: string | null;
  /** The mail server's refusal, or why it could not be reached; null when delivered. */
  error: string | null;
};

/**
 * Sends each planned digest, one person at a time, in three steps: claim, send, record.
 *
 * Claim: in one transaction (the person's account row locked on PostgreSQL; SQLite runs one write
 * transaction at a time), the agreements another run has already claimed or delivered for this
 * person and period are left out, and a sending without an answer is written for the rest. Two
 * runs at once therefore never both send an agreement: the second finds the first's claim.
 * Send: only then does the email go. Record: the mail server's answer (the Message-ID, or its
 * refusal) is written onto the claim with its audit record, in one transaction. A refusal is
 * recorded as failed and the next run tries it again. A run that dies between claiming and
 * recording leaves its claim unanswered: for CLAIM_LEASE_MS (reminder-claim-lease.ts) it still holds, so a live run that
 * is merely slow is never doubled; after that a later run claims those agreements again. (Had
 * the dead run sent the email before dying, that person gets it twice: better than never.)
 */
export class ReminderDeliveryService {
  constructor(private readonly em: EntityManager) {}

  async deliver(plan: DigestPlan, mailer: Mailer, actor: SystemActor): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    for (const planned of plan.digests) {
      const claimed = await this.claim(plan.period, planned);
      // Another run has claimed all of it since the plan was made.
      if (!claimed) continue;
      const { sending, digest } = claimed;
      const email = composeReminderEmail(digest, plan.period, plan.idleDays);
      let outcome: DeliveryOutcome;
      try {
        outcome = { digest, messageId: await mailer.send(email), error: null };
      } catch (error) {
        outcome = { digest, messageId: null, error: error instanceof Error ? error.message : String(error) };
      }
      await this.record(sending, plan.period, outcome, actor);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  /** The claim on what is left of `digest` for its person in `period`; null when nothing is. */
  private async claim(
    period: string,
    digest: PlannedDigest,
  ): Promise<{ sending: ReminderSending; digest: PlannedDigest } | null> {
    const { account } = digest;
    const postgres = this.em.getPlatform() instanceof PostgreSqlPlatform;
    return this.em.fork().transactional(async (em) => {
      // Concurrent claims for one person wait here for each other (a row lock, held to commit).
      if (postgres) await em.findOneOrFail(Account, account.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const taken = await em.find(ReminderSending, {
        account: account.id,
        period,
        ...holdingSendings(new Date()),
      });
      const named = new Set(taken.flatMap((sending) => sending.agreementIds));
      const agreements = digest.agreements.filter((row) => !named.has(row.agreement.id));
      if (agreements.length === 0) return null;
      const sending = em.create(ReminderSending, {
        account: account.id,
        recipient: account.email,
        period,
        agreementIds: agreements.map((row) => row.agreement.id),
        messageId: null,
        error: null,
      });
      return { sending, digest: { ...digest, agreements } };
    });
  }

  /** The mail server's answer onto the claim, with its audit record. */
  private async record(
    claim: ReminderSending,
    period: string,
    outcome: DeliveryOutcome,
    actor: SystemActor,
  ): Promise<void> {
    const { account } = outcome.digest;
    await this.em.fork().transactional(async (em) => {
      const sending = await em.findOneOrFail(ReminderSending, claim.id);
      sending.sentAt = new Date();
      sending.messageId = outcome.messageId;
      sending.error = outcome.error;
      appendAuditRecord(em, actor, {
        action: outcome.error === null ? 'reminder.send' : 'reminder.fail',
        entityType: 'ReminderSending',
        entityId: sending.id,
        // The person's province, so their director reads it in the province's trail.
        province: (account.agency ?? account.postOffice)?.province ?? null,
        before: null,
        after: {
          account: account.id,
          recipient: sending.recipient,
          period,
          agreementIds: sending.agreementIds,
          messageId: sending.messageId,
          error: sending.error,
        },
      });
    });
  }
}
