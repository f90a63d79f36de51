import { Migration } from '@mikro-orm/migrations';

export class Migration20261204224635_reminder_claim_lease extends Migration {

  override name = 'Migration20261204224635_reminder_claim_lease';

  override up(): void | Promise<void> {
    // SQLite adds a NOT NULL column only with a default, so the table is rebuilt the way
    // MikroORM's schema diff rebuilds it (this is its output), existing sendings taking the time
    // they were claimed or answered, sent_at, as their claim time.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`reminder_sending__temp_alter\` (\`id\` text not null primary key, \`account_id\` text not null, \`recipient\` text not null, \`period\` text not null, \`agreement_ids\` json not null, \`claimed_at\` datetime not null, \`sent_at\` datetime not null, \`message_id\` text null, \`error\` text null, constraint \`reminder_sending_account_id_foreign\` foreign key (\`account_id\`) references \`account\` (\`id\`) on delete no action);`);
    this.addSql(`insert into \`reminder_sending__temp_alter\` select \`id\`, \`account_id\`, \`recipient\`, \`period\`, \`agreement_ids\`, \`sent_at\`, \`sent_at\`, \`message_id\`, \`error\` from \`reminder_sending\`;`);
    this.addSql(`drop table \`reminder_sending\`;`);
    this.addSql(`alter table \`reminder_sending__temp_alter\` rename to \`reminder_sending\`;`);
    this.addSql(`create index \`reminder_sending_account_id_index\` on \`reminder_sending\` (\`account_id\`);`);
    this.addSql(`create index \`reminder_sending_account_id_period_index\` on \`reminder_sending\` (\`account_id\`, \`period\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`alter table \`reminder_sending\` drop column \`claimed_at\`;`);
  }

}
