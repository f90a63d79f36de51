import type { Scheme } from '@tripartite/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { SchemeEnum } from '../participation/scheme-enums.js';
import { Target } from './target.entity.js';

/** A target beside what has been achieved toward it. */
@ObjectType({ description: 'A year’s target beside the participants achieved toward it.' })
export class TargetProgress {
  @Field(() => SchemeEnum, { description: 'The scheme.' })
  scheme!: Scheme;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Target, { description: 'The target as recorded, with its unit and source.' })
  target!: Target;

  @Field(() => Int, {
    nullable: true,
    description:
      'Participants covered at the end of the latest period recorded in the year: the unit’s own figure, or else the sum of its wards’ figures for that period. Null when nothing is recorded yet.',
  })
  achievedParticipants!: number | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day of the period `achievedParticipants` counts.',
  })
  achievedOn!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'achievedParticipants ÷ target total: 1 means reached; null when nothing is recorded yet.',
  })
  fractionReached!: number | null;
}
