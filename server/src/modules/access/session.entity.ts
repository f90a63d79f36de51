import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Account } from './account.entity.js';

/**
 * A signed-in browser. The cookie carries a random secret; only its SHA-256 is stored, so a
 * copy of the database does not let anyone sign in as someone else.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['expiresAt'] })
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @ManyToOne({ entity: () => Account, index: true })
  account!: Account;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Property({ type: DateTimeType })
  expiresAt!: Date;
}
