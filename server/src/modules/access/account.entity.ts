import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Role } from '@tripartite/shared';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { RoleEnum } from './role-enum.js';

/**
 * A person who signs in. A director belongs to an agency and a coordinator to a post office:
 * that unit is what their writes are scoped to.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A person who signs in to Tripartite, with the role and unit that scope what they may do.',
})
@Entity({ tableName: 'account' })
@Check({ name: 'account_director_has_agency_check', expression: "role <> 'DIRECTOR' or agency_id is not null" })
@Check({
  name: 'account_coordinator_has_post_office_check',
  expression: "role <> 'COORDINATOR' or post_office_id is not null",
})
export class Account {
  [OptionalProps]?: 'active' | 'createdAt';

  @Field(() => ID, { description: 'Stable identifier of this account.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  /** Kept in lower case, so sign-in ignores the case people type. */
  @Field(() => String, { description: 'The email address the person signs in with, in lower case.' })
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => String, { description: 'Name shown in the app and in the audit trail, such as `Nguyễn Thị Lan`.' })
  @Property({ type: 'string', length: 150 })
  displayName!: string;

  /** PHC-format argon2id hash; never leaves the server, never enters the audit trail. */
  @Property({ type: 'string', length: 200, lazy: true })
  passwordHash!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  @Enum({ items: () => RoleEnum, type: 'string' })
  role!: Role;

  @ManyToOne({ entity: () => Agency, nullable: true })
  agency: Agency | null = null;

  @ManyToOne({ entity: () => PostOffice, nullable: true })
  postOffice: PostOffice | null = null;

  @Field(() => Boolean, { description: 'False once the account is disabled: it can no longer sign in or use tokens.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person last signed in.' })
  @Property({ type: DateTimeType, nullable: true })
  lastSignedInAt: Date | null = null;
}
