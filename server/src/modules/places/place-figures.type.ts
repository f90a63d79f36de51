import type { Scheme } from '@tripartite/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Publication } from '../participation/publication.entity.js';
import { SchemeEnum } from '../participation/scheme-enums.js';

@ObjectType({
  description:
    'Where a ward’s People’s Committee sits (a point, not an outline: no boundaries are published), with its source.',
})
export class GeoPoint {
  @Field(() => Float, { description: 'Degrees north, WGS 84 (about 100 m precision as published).' })
  latitude!: number;

  @Field(() => Float, { description: 'Degrees east, WGS 84.' })
  longitude!: number;

  @Field(() => CalendarDateScalar, { description: 'The day the location was published for.' })
  asOf!: string;

  @Field(() => Publication, { description: 'Where the location comes from.' })
  source!: Publication;
}

@ObjectType({ description: 'A unit’s area as published, with its source and day.' })
export class AreaFigure {
  @Field(() => Float, { description: 'Square kilometres.' })
  squareKilometres!: number;

  @Field(() => CalendarDateScalar, { description: 'The day the figure describes.' })
  asOf!: string;

  @Field(() => Publication, { description: 'Where the figure comes from.' })
  source!: Publication;
}

@ObjectType({ description: 'A unit’s population as published, with its source and day.' })
export class PopulationFigure {
  @Field(() => Int, { description: 'Inhabitants.' })
  inhabitants!: number;

  @Field(() => CalendarDateScalar, { description: 'The day the figure describes.' })
  asOf!: string;

  @Field(() => Publication, { description: 'Where the figure comes from.' })
  source!: Publication;
}

@ObjectType({
  description:
    'The population of a set of wards (a province’s, or those lacking a signed agreement): the sum of the published populations of the wards in force on the day. Wards without a figure (published as "being updated") are counted in `wardsWithoutFigure`, not guessed.',
})
export class PopulationTotal {
  @Field(() => Int, { description: 'Inhabitants of the wards that have a figure.' })
  inhabitants!: number;

  @Field(() => CalendarDateScalar, { description: 'The latest day any of the summed figures describes.' })
  asOf!: string;

  @Field(() => [Publication], { description: 'Every publication the summed figures come from.' })
  sources!: Publication[];

  @Field(() => Int, { description: 'Wards in force on the day whose population is summed.' })
  wardsCounted!: number;

  @Field(() => Int, { description: 'Wards in force on the day with no population recorded.' })
  wardsWithoutFigure!: number;
}

@ObjectType({
  description:
    'Participants per 1,000 inhabitants: a participation total (people covered at a period’s end) against the unit’s published population.',
})
export class ParticipationRate {
  @Field(() => SchemeEnum, { description: 'The scheme.' })
  scheme!: Scheme;

  @Field(() => CalendarDateScalar, { description: 'Last day of the period the participants were counted for.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Participants at the period’s end (the unit’s total, merged units included).' })
  participants!: number;

  @Field(() => Publication, { description: 'Where the participants figure comes from.' })
  participantsSource!: Publication;

  @Field(() => Int, { description: 'The population it is set against.' })
  inhabitants!: number;

  @Field(() => CalendarDateScalar, { description: 'The day the population describes.' })
  populationAsOf!: string;

  @Field(() => Float, { description: 'Participants per 1,000 inhabitants, rounded to one decimal.' })
  perThousandInhabitants!: number;
}
