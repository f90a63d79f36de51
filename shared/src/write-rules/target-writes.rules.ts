import { z } from 'zod';
import { SCHEMES } from '../participation.js';
import { participantCount } from './fields.js';
import { publicationRules } from './participation-writes.rules.js';
import { ruleMessage, says } from './rule-messages.js';

/** `setTarget`'s input: retained and new participants, when given, add up to the total. */
export const setTargetRules = z
  .object({
    provinceCode: z.string().nullish(),
    wardCode: z.string().nullish(),
    scheme: z.enum(SCHEMES),
    year: z
      .number()
      .int(says('wholeNumber'))
      .min(2000, says('yearFrom', { min: 2000 }))
      .max(2100, says('yearUpTo', { max: 2100 })),
    totalParticipants: participantCount.min(1, says('atLeastOne')),
    retainedParticipants: participantCount.nullish(),
    newParticipants: participantCount.nullish(),
    source: publicationRules,
    expectedVersion: z.number().int(says('wholeNumber')).min(1, says('versionsStartAtOne')).nullish(),
  })
  .superRefine((input, context) => {
    const { totalParticipants: total, retainedParticipants: retained, newParticipants: added } = input;
    if (retained != null && added != null && retained + added !== total) {
      const message = ruleMessage('partsMustAddUp', { retained, added, total });
      context.addIssue({ code: 'custom', path: ['newParticipants'], message });
    }
    for (const [field, part] of [
      ['retainedParticipants', retained],
      ['newParticipants', added],
    ] as const) {
      if (part != null && part > total)
        context.addIssue({ code: 'custom', path: [field], message: ruleMessage('moreThanTotal') });
    }
  });
