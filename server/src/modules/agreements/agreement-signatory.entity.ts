import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { AgreementParty } from '@tripartite/shared';
import { Field, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { AgreementPartyEnum } from './agreement-enums.js';
import { Agreement } from './agreement.entity.js';

/** The person who signs, or is to sign, for one of the three parties. */
@ObjectType({ simpleResolvers: true, description: 'The person who signs an agreement for one of its three parties.' })
@Entity({ tableName: 'agreement_signatory' })
@Unique({ properties: ['agreement', 'party'] })
export class AgreementSignatory {
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne({ entity: () => Agreement })
  agreement!: Agreement;

  @Field(() => AgreementPartyEnum, { description: 'The party this person signs for.' })
  @Enum({ items: () => AgreementPartyEnum, type: 'string' })
  party!: AgreementParty;

  @Field(() => String, { description: 'Full name, such as `Nguyễn Văn An`.' })
  @Property({ type: 'string', length: 150 })
  name!: string;

  @Field(() => String, { description: 'Title, such as `Chủ tịch UBND phường` or `Giám đốc`.' })
  @Property({ type: 'string', length: 150 })
  title!: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Day this party signed; null until it has.' })
  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;
}
