import { Collection, DateTimeType, OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { AgreementStatus } from '@tripartite/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { AgreementStatusEnum } from './agreement-enums.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';

/**
 * A three-party agreement: one ward's People's Committee, one social-insurance agency and one
 * post office. It keeps the agency and post office that signed it, even after those units are
 * reorganised.
 */
@ObjectType({
  simpleResolvers: true,
  description:
    'A three-party agreement between a ward’s People’s Committee, a social-insurance agency and a Vietnam Post unit.',
})
@Entity({ tableName: 'agreement' })
// The headline query asks, per ward, for signed agreements in effect on a day.
@Index({ properties: ['ward', 'status', 'effectiveFrom'] })
@Index({ properties: ['status', 'createdAt'] })
// A signed agreement has a start date; an end date never precedes it.
@Check({ name: 'agreement_signed_has_start_check', expression: "status <> 'SIGNED' or effective_from is not null" })
@Check({
  name: 'agreement_effective_dates_check',
  expression: 'effective_to is null or effective_from is null or effective_to >= effective_from',
})
// At most one agreement under way per ward, even when two people start one at the same moment.
@Unique({
  name: 'agreement_one_open_per_ward_unique',
  expression:
    "create unique index agreement_one_open_per_ward_unique on agreement (ward_id) where status in ('DRAFTING', 'AWAITING_SIGNATURES')",
})
export class Agreement {
  /** Set by Tripartite, never by whoever creates the agreement. */
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Stable identifier of this agreement in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, {
    nullable: true,
    description: 'Reference number written on the signed document, such as `79-26743/2025/TTPH`; null while drafting.',
  })
  @Property({ type: 'string', length: 60, nullable: true })
  referenceNumber: string | null = null;

  @ManyToOne({ entity: () => Ward })
  ward!: Ward;

  @ManyToOne({ entity: () => Agency, index: true })
  agency!: Agency;

  @ManyToOne({ entity: () => PostOffice, index: true })
  postOffice!: PostOffice;

  @Field(() => AgreementStatusEnum, { description: 'Drafting, awaiting signatures, signed, terminated or expired.' })
  @Enum({ items: () => AgreementStatusEnum, type: 'string' })
  status!: AgreementStatus;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Day the last of the three parties signed.' })
  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'First day the agreement binds the parties.' })
  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day the agreement binds the parties; null when it runs until terminated.',
  })
  @Property({ type: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field(() => String, { nullable: true, description: 'Free-text notes kept with the agreement.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Int, {
    description:
      'Starts at 1 and increases with every write to the agreement; a write must name the version it saw, so no update is lost.',
  })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => GraphQLISODateTime, { description: 'When the agreement was first recorded.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { description: 'When the agreement last changed.' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany({ entity: () => AgreementSignatory, mappedBy: 'agreement' })
  signatories = new Collection<AgreementSignatory>(this);

  @OneToMany({ entity: () => AgreementStatusChange, mappedBy: 'agreement' })
  history = new Collection<AgreementStatusChange>(this);
}
