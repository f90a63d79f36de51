import type { ParticipationMeasure, Scheme } from '@tripartite/shared';
import { MAX_PARTICIPANTS } from '@tripartite/shared/write-rules';
import { Field, InputType, Int } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { PublicationInput } from './publication.inputs.js';
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
