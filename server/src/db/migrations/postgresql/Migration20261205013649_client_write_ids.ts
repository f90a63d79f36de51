import { Migration } from '@mikro-orm/migrations';

export class Migration20261205013649_client_write_ids extends Migration {

  override name = 'Migration20261205013649_client_write_ids';

  override up(): void | Promise<void> {

    this.addSql(`alter table "audit_record" add "client_write_id" uuid null;`);
    this.addSql(`alter table "audit_record" add constraint "audit_record_account_id_client_write_id_unique" unique ("account_id", "client_write_id");`);
  }

  override down(): void | Promise<void> {

    this.addSql(`alter table "audit_record" drop constraint "audit_record_account_id_client_write_id_unique";`);
    this.addSql(`alter table "audit_record" drop column "client_write_id";`);
  }

}
