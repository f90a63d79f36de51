import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Scheme } from '@tripartite/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { SchemeEnum } from '../participation/scheme-enums.js';

/**
 * A year's enrolment target for one unit (a province or a ward) and scheme: total participants,
 * of which retained from last year and new. Ho Chi Minh City 2024: 900,000 household health
 * insurance participants = 812,465 retained + 87,535 new.
 */
@ObjectType({ simpleResolvers: true, description: 'A year’s target of participants for one unit and scheme.' })
@Entity({ tableName: 'target' })
@Index({ properties: ['province', 'year'] })
@Index({ properties: ['ward', 'year'] })
// Exactly one unit; a total above zero, parts not negative; retained + new = total whenever both are given.
@Check({ name: 'target_one_unit_check', expression: '(province_id is null) <> (ward_id is null)' })
@Check({
  name: 'target_counts_check',
  expression:
    'total_participants > 0 and (retained_participants is null or retained_participants >= 0) and (new_participants is null or new_participants >= 0)',
})
@Check({
  name: 'target_parts_sum_check',
  expression:
    'retained_participants is null or new_participants is null or retained_participants + new_participants = total_participants',
})
// One target per unit, scheme and year: a second one is a replacement, made with the version seen.
@Unique({
  name: 'target_province_scheme_year_unique',
  expression:
    'create unique index target_province_scheme_year_unique on target (province_id, scheme, year) where province_id is not null',
})
@Unique({
  name: 'target_ward_scheme_year_unique',
  expression:
    'create unique index target_ward_scheme_year_unique on target (ward_id, scheme, year) where ward_id is not null',
})
export class Target {
  [OptionalProps]?: 'version';

  @Field(() => ID, { description: 'Stable identifier of this target in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => SchemeEnum, { description: 'The scheme the target is for.' })
  @Enum({ items: () => SchemeEnum, type: 'string' })
  scheme!: Scheme;

  @Field(() => Int, { description: 'The calendar year, such as `2024`.' })
  @Property({ type: 'integer' })
  year!: number;

  @ManyToOne({ entity: () => Province, nullable: true })
  province: Province | null = null;

  @ManyToOne({ entity: () => Ward, nullable: true })
  ward: Ward | null = null;

  @Field(() => Int, { description: 'Participants to reach by the end of the year.' })
  @Property({ type: 'integer' })
  totalParticipants!: number;

  @Field(() => Int, { nullable: true, description: 'Of the total, participants to keep from the year before.' })
  @Property({ type: 'integer', nullable: true })
  retainedParticipants: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Of the total, participants to enrol for the first time.' })
  @Property({ type: 'integer', nullable: true })
  newParticipants: number | null = null;

  @ManyToOne({ entity: () => Publication })
  source!: Publication;

  @Field(() => Int, {
    description: 'Starts at 1 and increases with every change; a change must name the version it saw, so none is lost.',
  })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
