import { Migration } from '@mikro-orm/migrations';

export class Migration20261204135031_reminder_sendings extends Migration {

  override name = 'Migration20261204135031_reminder_sendings';

  override up(): void | Promise<void> {
    this.addSql(`create table \`reminder_sending\` (\`id\` text not null primary key, \`account_id\` text not null, \`recipient\` text not null, \`period\` text not null, \`agreement_ids\` json not null, \`sent_at\` datetime not null, \`message_id\` text null, \`error\` text null, constraint \`reminder_sending_account_id_foreign\` foreign key (\`account_id\`) references \`account\` (\`id\`) on delete no action);`);
    this.addSql(`create index \`reminder_sending_account_id_index\` on \`reminder_sending\` (\`account_id\`);`);
    this.addSql(`create index \`reminder_sending_account_id_period_index\` on \`reminder_sending\` (\`account_id\`, \`period\`);`);

  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`reminder_sending\`;`);

  }

}
