import { Migration } from '@mikro-orm/migrations';

/**
 * The sign-in counters shared by every API instance (see db/sign-in-limit-store.ts), in the shape
 * rate-limiter-flexible's RateLimiterPostgres reads and writes: it is told the table exists, so
 * it never creates one itself. Not an entity: nothing but the limiter touches it. SQLite keeps
 * these counters in memory (one process), so it has no such table.
 */
export class Migration20261204090000_sign_in_limits extends Migration {

  override name = 'Migration20261204090000_sign_in_limits';

  override up(): void | Promise<void> {
    this.addSql(`create table "sign_in_limit" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_limit";`);
  }

}
