import type { Account } from '../access/account.entity.js';
import type { PlannedDigest } from './reminder-digests.service.js';
import { REMINDER_TEXTS, type ReminderLanguage } from './reminder-texts.js';

/** What is handed to the SMTP server for one person. */
export type ReminderEmail = { to: string; subject: string; text: string; language: ReminderLanguage };

/**
 * The language of a person's email. Always Vietnamese for now: accounts store no language
 * preference (see reminder-texts.ts), and Vietnamese is the app's default.
 */
export function reminderLanguage(account: Account): ReminderLanguage {
  void account;
  return 'vi';
}

/** A plain-text email: it reads the same in every mail program, and a phone shows it whole. */
export function composeReminderEmail(digest: PlannedDigest, period: string, idleDays: number): ReminderEmail {
  const language = reminderLanguage(digest.account);
  const texts = REMINDER_TEXTS[language];
  const lines = digest.agreements.map(
    (row, index) =>
      `${index + 1}. ${texts.line({
        wardName: row.ward.fullName,
        wardCode: row.ward.code,
        status: row.status,
        daysIdle: row.daysIdle,
        lastChangedBy: row.lastChangedBy,
        reference: row.agreement.referenceNumber ?? null,
      })}`,
  );
  return {
    to: digest.account.email,
    subject: texts.subject(digest.agreements.length, period),
    text: [
      texts.greeting(digest.account.displayName),
      '',
      texts.intro(idleDays),
      '',
      ...lines,
      '',
      texts.closing,
      '',
      '--',
      texts.signature,
      '',
    ].join('\n'),
    language,
  };
}
