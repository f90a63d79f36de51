import { PARTICIPATION_MEASURES, SCHEMES, type ParticipationMeasure, type Scheme } from '@tripartite/shared';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { dayOfRecord } from '../../graphql/validate-input.js';
import { MAX_PARTICIPANTS } from '../targets/target-writes.inputs.js';
import { PublicationInput, publicationRules } from './publication.inputs.js';
import { ParticipationMeasureEnum, SchemeEnum } from './scheme-enums.js';

@InputType({
  description:
    'A recorded number of participants. Figures are never overwritten: a later figure for the same unit and period is the one that counts.',
})
export class RecordParticipationFigureInput {
  @Field(() => String, {
    nullable: true,
    description: 'Two-digit province code, as it stood at the end of the period.',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Five-digit ward or commune code, as it stood at the end of the period.',
  })
  wardCode?: string | null;

  @Field(() => SchemeEnum, { description: 'The scheme counted.' })
  scheme!: Scheme;

  @Field(() => ParticipationMeasureEnum, {
    description: 'People covered at the period’s end, or newly enrolled during it.',
  })
  measure!: ParticipationMeasure;

  @Field(() => CalendarDateScalar, { description: 'First day of the period counted.' })
  periodStart!: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of the period counted; not in the future.' })
  periodEnd!: string;

  @Field(() => Int, { description: `Number of participants, 0 to ${MAX_PARTICIPANTS.toLocaleString('en')}.` })
  participants!: number;

  @Field(() => PublicationInput, { description: 'Where the number comes from.' })
  source!: PublicationInput;

  @Field(() => String, { nullable: true, description: 'Remarks, at most 500 characters.' })
  note?: string | null;
}

export const recordParticipationFigureRules = z
  .object({
    provinceCode: z.string().nullish(),
    wardCode: z.string().nullish(),
    scheme: z.enum(SCHEMES),
    measure: z.enum(PARTICIPATION_MEASURES),
    periodStart: dayOfRecord,
    periodEnd: dayOfRecord,
    participants: z
      .number()
      .int('a whole number')
      .min(0, 'not negative')
      .max(MAX_PARTICIPANTS, 'larger than Vietnam’s population'),
    source: publicationRules,
    note: z.string().trim().max(500, 'at most 500 characters').nullish(),
  })
  .superRefine((input, context) => {
    if (input.periodEnd < input.periodStart) {
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
    }
  });
