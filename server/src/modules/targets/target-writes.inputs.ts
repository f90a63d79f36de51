import { SCHEMES, type Scheme } from '@tripartite/shared';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { PublicationInput, publicationRules } from '../participation/publication.inputs.js';
import { SchemeEnum } from '../participation/scheme-enums.js';

/** Above Vietnam's population: a larger number is a typing slip. */
export const MAX_PARTICIPANTS = 110_000_000;

@InputType({
  description:
    'A year’s target for one province or ward and scheme; replaces an existing one when its version is given.',
})
export class SetTargetInput {
  @Field(() => String, {
    nullable: true,
    description: 'Two-digit code of the province, as it stood in the target’s year.',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Five-digit code of the ward or commune, as it stood in the target’s year.',
  })
  wardCode?: string | null;

  @Field(() => SchemeEnum, { description: 'The scheme the target is for.' })
  scheme!: Scheme;

  @Field(() => Int, { description: 'The calendar year, such as `2026`.' })
  year!: number;

  @Field(() => Int, {
    description: `Participants to reach by the end of the year, 1 to ${MAX_PARTICIPANTS.toLocaleString('en')}.`,
  })
  totalParticipants!: number;

  @Field(() => Int, { nullable: true, description: 'Of the total, participants to keep from the year before.' })
  retainedParticipants?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of the total, participants to enrol for the first time; retained + new = total.',
  })
  newParticipants?: number | null;

  @Field(() => PublicationInput, { description: 'The decision or plan the target comes from.' })
  source!: PublicationInput;

  @Field(() => Int, {
    nullable: true,
    description:
      'To replace an existing target: the version you saw. Leave out to set a target the unit does not have yet.',
  })
  expectedVersion?: number | null;
}

const count = z
  .number()
  .int('a whole number')
  .min(0, 'not negative')
  .max(MAX_PARTICIPANTS, 'larger than Vietnam’s population');

export const setTargetRules = z
  .object({
    provinceCode: z.string().nullish(),
    wardCode: z.string().nullish(),
    scheme: z.enum(SCHEMES),
    year: z.number().int('a whole number').min(2000, 'from 2000').max(2100, 'up to 2100'),
    totalParticipants: count.min(1, 'at least 1'),
    retainedParticipants: count.nullish(),
    newParticipants: count.nullish(),
    source: publicationRules,
    expectedVersion: z.number().int().min(1, 'versions start at 1').nullish(),
  })
  .superRefine((input, context) => {
    const { totalParticipants: total, retainedParticipants: retained, newParticipants: added } = input;
    if (retained != null && added != null && retained + added !== total) {
      context.addIssue({
        code: 'custom',
        path: ['newParticipants'],
        message: `retained + new must equal the total: ${retained} + ${added} ≠ ${total}`,
      });
    }
    for (const [field, part] of [
      ['retainedParticipants', retained],
      ['newParticipants', added],
    ] as const) {
      if (part != null && part > total)
        context.addIssue({ code: 'custom', path: [field], message: 'more than the total' });
    }
  });
