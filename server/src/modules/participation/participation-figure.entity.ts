import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ParticipationMeasure, Scheme } from '@tripartite/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Campaign } from './campaign.entity.js';
import { Publication } from './publication.entity.js';
import { ParticipationMeasureEnum, SchemeEnum } from './scheme-enums.js';

/**
 * A number of participants recorded for one unit, scheme and period, with its source. The unit
 * is a ward, a province or, when both are null, the whole country. Figures stay on the unit they
 * were recorded for (a 2020 province keeps its 2020 code) and reach today's units through the
 * units' successor links.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A recorded number of participants for one unit, scheme and period, with its source.',
})
@Entity({ tableName: 'participation_figure' })
@Index({ properties: ['province', 'scheme', 'periodEnd'] })
@Index({ properties: ['ward', 'scheme', 'periodEnd'] })
// A ward, a province or (neither) the whole country, never both; a period runs forward.
@Check({ name: 'participation_figure_unit_check', expression: 'province_id is null or ward_id is null' })
@Check({ name: 'participation_figure_period_check', expression: 'period_end >= period_start' })
@Check({ name: 'participation_figure_count_check', expression: 'participants >= 0' })
export class ParticipationFigure {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID, { description: 'Stable identifier of this figure in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => SchemeEnum, { description: 'The scheme counted.' })
  @Enum({ items: () => SchemeEnum, type: 'string' })
  scheme!: Scheme;

  @Field(() => ParticipationMeasureEnum, { description: 'Whether it counts people covered or people newly enrolled.' })
  @Enum({ items: () => ParticipationMeasureEnum, type: 'string' })
  measure!: ParticipationMeasure;

  @ManyToOne({ entity: () => Province, nullable: true })
  province: Province | null = null;

  @ManyToOne({ entity: () => Ward, nullable: true })
  ward: Ward | null = null;

  @Field(() => CalendarDateScalar, { description: 'First day of the period counted.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of the period counted.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Number of participants, as published.' })
  @Property({ type: 'integer' })
  participants!: number;

  @ManyToOne({ entity: () => Campaign, nullable: true, index: true })
  campaign: Campaign | null = null;

  @ManyToOne({ entity: () => Publication })
  source!: Publication;

  @Field(() => GraphQLISODateTime, {
    description:
      'When the figure was recorded in Tripartite; of two figures for the same unit and period, the later one counts.',
  })
  @Property({ type: DateTimeType })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Remarks on the figure, such as `as published`.' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
