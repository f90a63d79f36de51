import { z } from 'zod';
import { PARTICIPATION_MEASURES, SCHEMES } from '../participation.js';
import { dayOfRecord, participantCount } from './fields.js';
import { ruleMessage, says } from './rule-messages.js';

/** Where a target or figure comes from. */
export const publicationRules = z.object({
  title: z
    .string()
    .trim()
    .min(1, says('empty'))
    .max(300, says('tooLong', { max: 300 })),
  publisher: z
    .string()
    .trim()
    .min(1, says('empty'))
    .max(200, says('tooLong', { max: 200 })),
  publishedOn: dayOfRecord.nullish(),
  url: z
    .url({ protocol: /^https?$/, ...says('webAddress') })
    .max(500, says('tooLong', { max: 500 }))
    .nullish(),
});

/** `recordParticipationFigure`'s input (and each row of a figures import). */
export const recordParticipationFigureRules = z
  .object({
    provinceCode: z.string().nullish(),
    wardCode: z.string().nullish(),
    scheme: z.enum(SCHEMES),
    measure: z.enum(PARTICIPATION_MEASURES),
    periodStart: dayOfRecord,
    periodEnd: dayOfRecord,
    participants: participantCount,
    source: publicationRules,
    note: z
      .string()
      .trim()
      .max(500, says('tooLong', { max: 500 }))
      .nullish(),
  })
  .superRefine((input, context) => {
    if (input.periodEnd < input.periodStart) {
      const message = ruleMessage('notBefore', { field: 'periodStart' });
      context.addIssue({ code: 'custom', path: ['periodEnd'], message });
    }
  });
