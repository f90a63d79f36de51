import type { ParticipationMeasure, Scheme } from '@tripartite/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { ParticipationMeasureEnum, SchemeEnum } from '../participation/scheme-enums.js';

/** A campaign's figures regrouped under a unit in force today. */
@ObjectType({
  simpleResolvers: true,
  description:
    'A campaign’s province figures summed under the unit they belong to on a later day (Bình Dương and Hồ Chí Minh of 2020 under today’s Hồ Chí Minh).',
})
export class CampaignResultByCurrentProvince {
  @Field(() => Province, {
    nullable: true,
    description: 'The unit in force on the day asked; null for figures whose unit has no successor in force then.',
  })
  province!: Province | null;

  @Field(() => SchemeEnum, { description: 'The scheme.' })
  scheme!: Scheme;

  @Field(() => ParticipationMeasureEnum, { description: 'What the figures count.' })
  measure!: ParticipationMeasure;

  @Field(() => Publication, { description: 'The publication all the figures summed here come from.' })
  source!: Publication;

  @Field(() => Int, { description: 'Sum of the figures below: same scheme, measure and source.' })
  participants!: number;

  @Field(() => [ParticipationFigure], { description: 'The figures as recorded, on the units of their time.' })
  figures!: ParticipationFigure[];
}
