import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';

@ObjectType({ description: 'One week (Monday to Sunday, Vietnamese time) of a signing drive.' })
export class SigningWeek {
  @Field(() => CalendarDateScalar, { description: 'The Monday the week starts on.' })
  weekStart!: string;

  @Field(() => Int, { description: 'Agreements that became signed during the week.' })
  signings!: number;

  @Field(() => Int, { description: 'Wards without a signed agreement at the end of the week (today, for this week).' })
  wardsLacking!: number;
}

@ObjectType({
  description:
    'How a province’s signing drive went, week by week, from the status history of its wards’ agreements: signings per week and the wards still lacking a signed agreement.',
})
export class SigningOverTime {
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'The day the drive began: the first recorded change of any of its wards’ agreements; null without any.',
  })
  since!: string | null;

  @Field(() => Int, { description: 'The province’s wards in force today, whose agreements are counted.' })
  totalWards!: number;

  @Field(() => [SigningWeek], { description: 'Every week from the one the drive began in to this one, oldest first.' })
  weeks!: SigningWeek[];
}
