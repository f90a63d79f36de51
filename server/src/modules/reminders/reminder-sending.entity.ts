import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Account } from '../access/account.entity.js';

/**
 * One reminder email, sent or tried: to whom, which agreements it named, for which digest
 * period, and what the SMTP server answered. A delivered sending is what keeps an agreement
 * out of the same person's later digests that day; a failed one (with `error`) does not, so
 * the next run tries again.
 */
@Entity({ tableName: 'reminder_sending' })
@Index({ properties: ['account', 'period'] })
export class ReminderSending {
  [OptionalProps]?: 'sentAt' | 'messageId' | 'error';

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

  /** When the SMTP server accepted it, or refused it. */
  @Property({ type: DateTimeType })
  sentAt: Date = new Date();

  /** The Message-ID of a delivered email; null when it failed. */
  @Property({ type: 'string', length: 998, nullable: true })
  messageId: string | null = null;

  /** Why it was not delivered (the SMTP server's answer); null when it was. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
