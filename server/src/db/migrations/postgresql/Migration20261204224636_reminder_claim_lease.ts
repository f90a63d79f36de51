import { Migration } from '@mikro-orm/migrations';

export class Migration20261204224636_reminder_claim_lease extends Migration {

  override name = 'Migration20261204224636_reminder_claim_lease';

  override up(): void | Promise<void> {
    // Existing sendings take the time they were claimed (or answered), sent_at, before the
    // column becomes NOT NULL.
    this.addSql(`alter table "reminder_sending" add "claimed_at" timestamptz null;`);
    this.addSql(`update "reminder_sending" set "claimed_at" = "sent_at";`);
    this.addSql(`alter table "reminder_sending" alter column "claimed_at" set not null;`);
  }

  override down(): void | Promise<void> {


    this.addSql(`alter table "reminder_sending" drop column "claimed_at";`);
  }

}
