import { Migration } from '@mikro-orm/migrations';

export class Migration20261204135035_reminder_sendings extends Migration {

  override name = 'Migration20261204135035_reminder_sendings';

  override up(): void | Promise<void> {
    this.addSql(`create table "reminder_sending" ("id" uuid not null, "account_id" uuid not null, "recipient" varchar(254) not null, "period" varchar(10) not null, "agreement_ids" jsonb not null, "sent_at" timestamptz not null, "message_id" varchar(998) null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "reminder_sending_account_id_period_index" on "reminder_sending" ("account_id", "period");`);



    this.addSql(`alter table "reminder_sending" add constraint "reminder_sending_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete no action;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists "reminder_sending" cascade;`);

  }

}
