import { z } from 'zod';
import { todayInVietnam } from '../calendar.js';
import { ruleMessage, says } from './rule-messages.js';

/** Tripartite ids are UUIDs. */
export const id = z.uuid(says('notAnId'));

/**
 * The id a client gives one write (a UUID it makes once per write), so that the same write
 * delivered twice is applied once: the server answers a copy it has already applied as accepted.
 */
export const clientWriteId = z.uuid(says('notAWriteId')).nullish();

/** An entity's `version` as the user saw it. */
export const version = z.number().int(says('wholeNumber')).min(1, says('versionsStartAtOne'));

/** Text that must be given: trimmed, 1 to `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1, says('empty')).max(max, says('tooLong', { max }));

/** Text that may be left out: trimmed, at most `max` characters. */
export const optionalText = (max: number) => z.string().trim().max(max, says('tooLong', { max })).nullish();

/**
 * A calendar day in writes (`YYYY-MM-DD`, whose form the Date scalar has checked): not before
 * 1990, older than any scheme Tripartite tracks (voluntary social insurance began in 2008), so a
 * mistyped year such as 0202 is caught.
 */
export const dayOfRecord = z.string().refine((day) => day >= '1990-01-01', says('notBefore1990'));

/** A day that has happened: today in Vietnam at the latest. */
export const dayNotInFuture = dayOfRecord.superRefine((day, context) => {
  const today = todayInVietnam();
  if (day > today) context.addIssue({ code: 'custom', message: ruleMessage('inFuture', { today }) });
});

/** Above Vietnam's population: a larger number of participants is a typing slip. */
export const MAX_PARTICIPANTS = 110_000_000;

/** A number of people, from 0 to Vietnam's population. */
export const participantCount = z
  .number()
  .int(says('wholeNumber'))
  .min(0, says('notNegative'))
  .max(MAX_PARTICIPANTS, says('aboveMaxParticipants'));
