import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';

/**
 * Where a recorded number comes from. Published sources disagree (one report of the July 2020
 * launch gives 30,269 voluntary participants, another 30,369), so every figure and target
 * names its publication instead of Tripartite silently picking one.
 */
@ObjectType({ simpleResolvers: true, description: 'The publication a recorded figure or target was taken from.' })
@Entity({ tableName: 'publication' })
export class Publication {
  @Field(() => ID, { description: 'Stable identifier of this publication in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, { description: 'Title or description of the publication.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'Who published it, such as `Vietnam Social Security`.' })
  @Property({ type: 'string', length: 200 })
  publisher!: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Day it was published, when known.' })
  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where to read it, when it is online.' })
  @Property({ type: 'string', length: 500, nullable: true })
  url: string | null = null;
}
