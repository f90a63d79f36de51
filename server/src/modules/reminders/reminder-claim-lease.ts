import type { FilterQuery } from '@mikro-orm/sql';
import type { ReminderSending } from './reminder-sending.entity.js';

/**
 * How long a claim with no answer holds. Longer than any live send can take: nodemailer gives up
 * on a silent SMTP connection after 10 minutes (its default socketTimeout), and a run records
 * the answer right after; short beside the day between scheduled runs, so the people of a run
 * that died between claiming and recording still get that day's reminder from the next run.
 */
export const CLAIM_LEASE_MS = 30 * 60 * 1000;

/**
 * The sendings that keep their agreements from being sent to their person again this period:
 * delivered, or claimed within the lease and not yet answered. Not a failed one (the next run
 * tries it again) nor a claim past its lease (its run died before recording an answer).
 */
export function holdingSendings(now: Date) {
  return {
    error: null,
    $or: [{ messageId: { $ne: null } }, { claimedAt: { $gt: new Date(now.getTime() - CLAIM_LEASE_MS) } }],
  } satisfies FilterQuery<ReminderSending>;
}
