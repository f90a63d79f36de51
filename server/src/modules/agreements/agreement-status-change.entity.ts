import { DateTimeType } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { AgreementStatus } from '@tripartite/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { AgreementStatusEnum } from './agreement-enums.js';
import { Agreement } from './agreement.entity.js';

/** One step in an agreement's life; the steps in order are its history. */
@ObjectType({
  simpleResolvers: true,
  description: 'One change of an agreement’s status: from, to, when, by whom and why.',
})
@Entity({ tableName: 'agreement_status_change' })
@Unique({ properties: ['agreement', 'sequence'] })
export class AgreementStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne({ entity: () => Agreement })
  agreement!: Agreement;

  @Field(() => Int, { description: 'Position in the agreement’s history, from 1.' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => AgreementStatusEnum, { nullable: true, description: 'Status before the change; null when created.' })
  @Enum({ items: () => AgreementStatusEnum, type: 'string', nullable: true })
  fromStatus: AgreementStatus | null = null;

  @Field(() => AgreementStatusEnum, { description: 'Status after the change.' })
  @Enum({ items: () => AgreementStatusEnum, type: 'string' })
  toStatus!: AgreementStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made.' })
  @Property({ type: DateTimeType })
  changedAt!: Date;

  @Field(() => String, { description: 'Who made the change, as recorded at the time.' })
  @Property({ type: 'string', length: 200 })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the words of whoever made the change.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
