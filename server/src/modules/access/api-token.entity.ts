import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Account } from './account.entity.js';

/**
 * A personal API token for a developer's own tools, sent as `Authorization: Bearer <token>`.
 * The token is shown once, when created; only its SHA-256 is kept. A random 256-bit secret
 * needs no slow, salted hash: there is nothing to guess from a dictionary.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A personal API token. The token itself is shown only once, when it is created.',
})
@Entity({ tableName: 'api_token' })
export class ApiToken {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier of this token (not the token).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne({ entity: () => Account, index: true })
  account!: Account;

  @Field(() => String, { description: 'What the token is for, in the owner’s words, such as `monthly report script`.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart, such as `trp_3fA9`.' })
  @Property({ type: 'string', length: 12 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token was created.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'After this moment the token no longer works; null: never expires.',
  })
  @Property({ type: DateTimeType, nullable: true })
  expiresAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the token was last used, to the minute.' })
  @Property({ type: DateTimeType, nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the token was revoked; null while it works.' })
  @Property({ type: DateTimeType, nullable: true })
  revokedAt: Date | null = null;
}
