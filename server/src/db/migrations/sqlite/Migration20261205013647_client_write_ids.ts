import { Migration } from '@mikro-orm/migrations';

export class Migration20261205013647_client_write_ids extends Migration {

  override name = 'Migration20261205013647_client_write_ids';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`audit_record\` add column \`client_write_id\` text null;`);
    this.addSql(`create unique index \`audit_record_account_id_client_write_id_unique\` on \`audit_record\` (\`account_id\`, \`client_write_id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index \`audit_record_account_id_client_write_id_unique\`;`);
    this.addSql(`alter table \`audit_record\` drop column \`client_write_id\`;`);
  }

}
