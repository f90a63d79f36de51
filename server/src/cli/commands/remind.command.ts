import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../config.js';
import { DEFAULT_IDLE_DAYS } from '../../modules/agreements/stalled-agreements.service.js';
import { smtpMailer } from '../../modules/reminders/mail-transport.js';
import { ReminderDeliveryService } from '../../modules/reminders/reminder-delivery.service.js';
import { ReminderDigestsService, type DigestPlan } from '../../modules/reminders/reminder-digests.service.js';
import { CliFailure, systemActor, type CliContext } from '../cli-context.js';

export const REMIND_HELP = `Emails each active director and coordinator the digest of their stalled agreements: the open
agreements of their scope (a director's province, a coordinator's post office; the same list as
myReminderDigest in the API) that nobody has changed for --idle-days days.

An agreement is named to a person at most once per digest period, the calendar day in Vietnam:
run it again the same day and only what is newly stalled (or failed before) goes out. Every
email, delivered or refused, is recorded in reminder_sending and in the audit trail.

Needs SMTP_URL (and optionally SMTP_FROM); --dry-run needs neither and changes nothing.
Exits 1 when any email could not be delivered. Schedule it daily: docs/reminders.md.`;

type RemindOptions = { dryRun?: boolean; idleDays: number; province?: string };

function wholeDays(value: string): number {
  const days = Number(value);
  if (!/^\d+$/.test(value) || days > 3_650) throw new InvalidArgumentError('a whole number of days from 0 to 3650');
  return days;
}

function printPlan(context: CliContext, plan: DigestPlan, dryRun: boolean): void {
  for (const { account, agreements } of plan.digests) {
    context.out(`${account.email} (${account.role}, ${account.displayName}): ${agreements.length} agreement(s)`);
    if (!dryRun) continue;
    for (const row of agreements) {
      context.out(
        `  ${row.ward.fullName} (${row.ward.code}), ${row.status}, idle ${row.daysIdle} days, last changed by ${row.lastChangedBy}`,
      );
    }
  }
}

export async function remind(context: CliContext, options: RemindOptions): Promise<void> {
  const { mail } = loadConfig(context.environment);
  if (!options.dryRun && !mail.smtpUrl) {
    throw new CliFailure(
      'SMTP_URL is not set, so no email can be sent. Set it (such as smtp://mail.example.vn:587), or use --dry-run to see what would be sent.',
    );
  }
  await context.withDatabase(async (orm) => {
    const plan = await new ReminderDigestsService(orm.em.fork()).plan({
      idleDays: options.idleDays,
      provinceCode: options.province,
    });
    const agreements = plan.digests.reduce((sum, digest) => sum + digest.agreements.length, 0);
    const heading = `Digest of ${plan.period} (open agreements unchanged for ${plan.idleDays} days or more${options.province ? `, province ${options.province}` : ''})`;
    if (plan.digests.length === 0) {
      context.out(`${heading}: nothing to send; nobody has a stalled agreement they were not yet reminded of today.`);
      return;
    }
    if (options.dryRun) {
      context.out(`${heading}. Dry run: nothing is sent or recorded.`);
      printPlan(context, plan, true);
      context.out(`${plan.digests.length} email(s) would be sent, naming ${agreements} agreement(s) in all.`);
      return;
    }
    const mailer = smtpMailer(mail.smtpUrl!, mail.from);
    try {
      context.out(`${heading}:`);
      const outcomes = await new ReminderDeliveryService(orm.em.fork()).deliver(plan, mailer, systemActor('remind'));
      for (const outcome of outcomes) {
        const { account, agreements: rows } = outcome.digest;
        if (outcome.error === null)
          context.out(`sent to ${account.email}: ${rows.length} agreement(s), ${outcome.messageId}`);
        else context.err(`not delivered to ${account.email}: ${outcome.error}\n`);
      }
      const failed = outcomes.filter((outcome) => outcome.error !== null).length;
      context.out(`${outcomes.length - failed} of ${outcomes.length} email(s) delivered.`);
      if (failed > 0) {
        throw new CliFailure(`${failed} email(s) could not be delivered (recorded; the next run tries them again).`);
      }
    } finally {
      mailer.close();
    }
  });
}

export function remindCommand(context: CliContext): Command {
  return new Command('remind')
    .summary('Email each director and coordinator their stalled agreements')
    .description(REMIND_HELP)
    .option('--dry-run', 'print who would get which agreements; send and record nothing')
    .option(
      '--idle-days <days>',
      'days without a change after which an open agreement counts as stalled',
      wholeDays,
      DEFAULT_IDLE_DAYS,
    )
    .option('--province <code>', 'only agreements of this province’s wards, such as 79')
    .action((options: RemindOptions) => remind(context, options));
}
