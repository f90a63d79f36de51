import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Province } from '../geography/province.entity.js';

export const CampaignScopeEnum = { NATIONAL: 'NATIONAL', PROVINCIAL: 'PROVINCIAL' } as const;
export type CampaignScope = keyof typeof CampaignScopeEnum;

registerEnumType(CampaignScopeEnum, {
  name: 'CampaignScope',
  description: 'How far an enrolment campaign reaches.',
  valuesConfig: {
    NATIONAL: { description: 'Every province at once, such as the launch of July 2020.' },
    PROVINCIAL: { description: 'One provincial unit.' },
  },
});

/** An enrolment campaign, such as the national launch of 11–12 July 2020. */
@ObjectType({
  simpleResolvers: true,
  description: 'An enrolment campaign, with the participation figures recorded for it.',
})
@Entity({ tableName: 'campaign' })
@Check({ name: 'campaign_dates_check', expression: 'ends_on >= starts_on' })
export class Campaign {
  @Field(() => ID, { description: 'Stable identifier of this campaign in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, { description: 'Name of the campaign.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the campaign was, in a few sentences.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CalendarDateScalar, { description: 'First day of the campaign.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of the campaign.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => CampaignScopeEnum, { description: 'National, or one provincial unit.' })
  @Enum({ items: () => CampaignScopeEnum, type: 'string' })
  scope!: CampaignScope;

  /** The provincial unit of a provincial campaign; null for a national one. */
  @ManyToOne({ entity: () => Province, nullable: true })
  province: Province | null = null;
}
