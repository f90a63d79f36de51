import type { ParticipationMeasure, Scheme } from '@tripartite/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { Publication } from './publication.entity.js';
import { ParticipationMeasureEnum, SchemeEnum } from './scheme-enums.js';

/** Figures of a unit and of the units merged into it, summed where they can be added. */
@ObjectType({
  simpleResolvers: true,
  description:
    'The participants of a unit and of every unit merged into it (through the 1 July 2025 reorganisation and earlier merges) for one period, scheme, measure and source, summed; each figure stays on the unit it was recorded for, listed in `figures`.',
})
export class ParticipationTotal {
  @Field(() => SchemeEnum, { description: 'The scheme.' })
  scheme!: Scheme;

  @Field(() => ParticipationMeasureEnum, { description: 'What the figures count; stocks and flows are never added.' })
  measure!: ParticipationMeasure;

  @Field(() => CalendarDateScalar, { description: 'First day of the period counted.' })
  periodStart!: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of the period counted.' })
  periodEnd!: string;

  @Field(() => Publication, { description: 'The publication every figure summed here comes from.' })
  source!: Publication;

  @Field(() => Int, { description: 'The sum of `figures`.' })
  participants!: number;

  @Field(() => [ParticipationFigure], {
    description:
      'The breakdown: the figures summed, as recorded, each on its own unit (`province` or `ward`, old code and validity included), largest first. Of two figures for the same unit, the one recorded later counts and only it is listed. A unit split among several successors counts in full toward each, since nothing records how to apportion it.',
  })
  figures!: ParticipationFigure[];
}
