import type { EntityManager } from '@mikro-orm/sql';
import { appendAuditRecord, type SystemActor } from '../audit/audit-trail.js';
import type { DigestPlan, PlannedDigest } from './reminder-digests.service.js';
import { composeReminderEmail } from './reminder-email.js';
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
 * Sends each planned digest and records each attempt, one person at a time: a refusal for
 * one person is recorded and the others still get theirs. Every attempt is written with its
 * audit record in one transaction, after the SMTP server has answered.
 */
export class ReminderDeliveryService {
  constructor(private readonly em: EntityManager) {}

  async deliver(plan: DigestPlan, mailer: Mailer, actor: SystemActor): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    for (const digest of plan.digests) {
      const email = composeReminderEmail(digest, plan.period, plan.idleDays);
      let outcome: DeliveryOutcome;
      try {
        outcome = { digest, messageId: await mailer.send(email), error: null };
      } catch (error) {
        outcome = { digest, messageId: null, error: error instanceof Error ? error.message : String(error) };
      }
      await this.record(plan.period, outcome, actor);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async record(period: string, outcome: DeliveryOutcome, actor: SystemActor): Promise<void> {
    const { account, agreements } = outcome.digest;
    await this.em.fork().transactional(async (em) => {
      const sending = em.create(ReminderSending, {
        account: account.id,
        recipient: account.email,
        period,
        agreementIds: agreements.map((row) => row.agreement.id),
        messageId: outcome.messageId,
        error: outcome.error,
      });
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
