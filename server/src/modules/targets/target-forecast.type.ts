import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';

export const ForecastMethodEnum = { DRIFT: 'DRIFT' } as const;
export type ForecastMethod = keyof typeof ForecastMethodEnum;

registerEnumType(ForecastMethodEnum, {
  name: 'ForecastMethod',
  description: 'How a projection to the end of the year is made.',
  valuesConfig: {
    DRIFT: {
      description:
        'Random walk with drift on the monthly figures: each month still to come adds the average monthly change so far; the interval widens with the months left. See docs/forecast.md.',
    },
  },
});

@ObjectType({ description: 'Participants at the end of one month of the target’s year.' })
export class MonthlyAchievement {
  @Field(() => CalendarDateScalar, { description: 'Last day of the month.' })
  monthEnd!: string;

  @Field(() => Int, { description: 'Participants at the end of the month, counted as for `achievedParticipants`.' })
  participants!: number;
}

@ObjectType({
  description:
    'Where a target will likely stand on 31 December, from the monthly figures recorded so far: a projection with an 80% prediction interval, and the pace still needed.',
})
export class TargetForecast {
  @Field(() => CalendarDateScalar, {
    description: 'Last day of the latest month with a figure: what the forecast knows.',
  })
  asOf!: string;

  @Field(() => Int, { description: 'Participants at `asOf`.' })
  achieved!: number;

  @Field(() => Int, { description: 'Expected participants on 31 December.' })
  projected!: number;

  @Field(() => Int, { description: 'Lower end of the 80% prediction interval for 31 December.' })
  low!: number;

  @Field(() => Int, { description: 'Upper end of the 80% prediction interval for 31 December.' })
  high!: number;

  @Field(() => Float, {
    description: 'Participants added per month on average so far this year (negative when falling).',
  })
  monthlyPace!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Participants to add each month from `asOf` to 31 December to reach the target; 0 when it is reached; null when the year’s figures are complete.',
  })
  requiredMonthlyPace!: number | null;

  @Field(() => Boolean, { description: 'Whether the projection reaches the target.' })
  onTrack!: boolean;

  @Field(() => ForecastMethodEnum, { description: 'How the projection was made.' })
  method!: ForecastMethod;

  @Field(() => [MonthlyAchievement], {
    description: 'Participants at the end of each month with a figure, oldest first.',
  })
  monthly!: MonthlyAchievement[];
}
