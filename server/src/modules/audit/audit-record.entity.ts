import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Account } from '../access/account.entity.js';
import { Province } from '../geography/province.entity.js';

/**
 * One write, as it happened: who, when, what, the values before and after, and the request.
 * Written in the same transaction as the change, so there is never one without the other; the
 * database refuses to update or delete a record (triggers in the migration), so it is permanent.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A permanent record of one write: who made it, when, to what, and the values before and after.',
})
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['entityType', 'entityId', 'occurredAt'] })
@Index({ properties: ['province', 'occurredAt'] })
@Index({ properties: ['occurredAt'] })
// One account applies a client's write id once: the second of two copies racing fails here.
@Unique({ properties: ['account', 'clientWriteId'] })
export class AuditRecord {
  [OptionalProps]?: 'occurredAt' | 'clientRequestId' | 'clientWriteId';

  @Field(() => ID, { description: 'Stable identifier of this record.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => GraphQLISODateTime, {
    description: 'When the write was made (its transaction committed moments later).',
  })
  @Property({ type: DateTimeType })
  occurredAt: Date = new Date();

  // Null for a write by the system itself (the create-admin command). Accounts and provinces
  // are never deleted while records point at them.
  @ManyToOne({ entity: () => Account, nullable: true, index: true, deleteRule: 'no action' })
  account: Account | null = null;

  @Field(() => String, { description: 'Who made the write, as `Name <email>` at the time.' })
  @Property({ type: 'string', length: 420 })
  actor!: string;

  @Field(() => String, {
    description: 'What was done, such as `agreement.changeStatus`, `target.set` or `session.signIn`.',
  })
  @Property({ type: 'string', length: 60 })
  action!: string;

  @Field(() => String, { description: 'The kind of record written, such as `Agreement` or `Target`.' })
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Field(() => String, { description: 'The identifier of the record written.' })
  @Property({ type: 'string', length: 60 })
  entityId!: string;

  /** The province the record belongs to, so a director reads the trail of their province only. */
  @ManyToOne({ entity: () => Province, nullable: true, deleteRule: 'no action' })
  province: Province | null = null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The values before the write; null when it created the record.',
  })
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The values after the write; null when it removed the record.',
  })
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Field(() => String, {
    description: 'The request that made the write: an id made by the server, to match its logs.',
  })
  @Property({ type: 'string', length: 100 })
  requestId!: string;

  /** What the client called its request (`x-request-id`), kept apart: a client can claim any id. */
  @Field(() => String, {
    nullable: true,
    description: 'The `x-request-id` the client sent, if any, as the client gave it (unverified).',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  clientRequestId: string | null = null;

  /**
   * The id the client gave this write (`clientWriteId`), so a copy of it delivered again is
   * answered as a replay instead of being applied twice. Kept with the record, as permanent as
   * it; not a GraphQL field (the client knows its own ids).
   */
  @Property({ type: 'uuid', nullable: true })
  clientWriteId: string | null = null;
}
