import type { Scheme } from '@tripartite/shared';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { SchemeEnum } from '../participation/scheme-enums.js';
import { Target } from './target.entity.js';

export const AchievementBasisEnum = { UNIT_FIGURE: 'UNIT_FIGURE', SUM_OF_WARD_FIGURES: 'SUM_OF_WARD_FIGURES' } as const;
export type AchievementBasis = keyof typeof AchievementBasisEnum;

registerEnumType(AchievementBasisEnum, {
  name: 'AchievementBasis',
  description: 'Where an achieved figure comes from.',
  valuesConfig: {
    UNIT_FIGURE: { description: 'A figure recorded for the target’s own unit.' },
    SUM_OF_WARD_FIGURES: {
      description: 'The sum of the figures recorded for the unit’s wards for one period; see `wardsReporting`.',
    },
  },
});

/** A target beside what has been achieved toward it. */
@ObjectType({ simpleResolvers: true, description: 'A year’s target beside the participants achieved toward it.' })
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
      'Participants covered at the end of the latest period recorded in the year: the unit’s own figure, or, when its wards report a later period, the sum of their figures. Null when nothing is recorded yet.',
  })
  achievedParticipants!: number | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day of the period `achievedParticipants` counts.',
  })
  achievedOn!: string | null;

  @Field(() => AchievementBasisEnum, {
    nullable: true,
    description: 'Whether the unit’s own figure or its wards’ sum was used.',
  })
  achievedBasis!: AchievementBasis | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many wards the sum covers, when it is a sum of ward figures; compare with the unit’s wards.',
  })
  wardsReporting!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'achievedParticipants ÷ target total: 1 means reached; null when nothing is recorded yet.',
  })
  fractionReached!: number | null;
}
