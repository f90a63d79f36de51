import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Account } from '../access/account.entity.js';

/**
 * One reminder email, claimed, sent or tried: to whom, which agreements it names, for which
 * digest period, and what the SMTP server answered. It is written before the email goes (a
 * claim: neither `messageId` nor `error` yet), so that another run at the same time leaves those
 * agreements alone, and the answer is written onto it after (reminder-delivery.service.ts). A
 * delivered sending, or a claim younger than its lease, keeps an agreement out of the same
 * person's later digests that day; a failed one (with `error`) does not, so the next run tries
 * again, and neither does a claim left unanswered past its lease (its run died before recording).
 */
@Entity({ tableName: 'reminder_sending' })
@Index({ properties: ['account', 'period'] })
export class ReminderSending {
  [OptionalProps]?: 'claimedAt' | 'sentAt' | 'messageId' | 'error';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  // Accounts are disabled, never deleted, while anything points at them.
  @ManyToOne({ entity: () => Account, deleteRule: 'no action' })
  account!: Account;

  /** The address it went to, as it was then (an account's email can change later). */
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  /** The digest period: the calendar day in Vietnam, `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  period!: string;

  /** The agreements the email named, oldest change first. */
  @Property({ type: 'json' })
  agreementIds!: string[];

  /** When a run claimed it; an unanswered claim older than the lease can be claimed again. */
  @Property({ type: DateTimeType })
  claimedAt: Date = new Date();

  /** When the SMTP server accepted it, or refused it; until then, when it was claimed. */
  @Property({ type: DateTimeType })
  sentAt: Date = new Date();

  /** The Message-ID of a delivered email; null when it failed or is not answered yet. */
  @Property({ type: 'string', length: 998, nullable: true })
  messageId: string | null = null;

  /** Why it was not delivered (the SMTP server's answer); null when it was or is not answered yet. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
