import { Migration } from '@mikro-orm/migrations';

export class Migration20261125160037_figure_flags extends Migration {

  override name = 'Migration20261125160037_figure_flags';

  override up(): void | Promise<void> {
    this.addSql(`create table "participation_figure_flag" ("id" uuid not null, "figure_id" uuid not null, "province_id" uuid not null, "kind" text not null, "message" varchar(500) not null, "imported_from" varchar(300) not null, "raised_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "participation_figure_flag_figure_id_index" on "participation_figure_flag" ("figure_id");`);
    this.addSql(`create index "participation_figure_flag_province_id_raised_at_index" on "participation_figure_flag" ("province_id", "raised_at");`);


    this.addSql(`alter table "participation_figure_flag" add constraint "participation_figure_flag_figure_id_foreign" foreign key ("figure_id") references "participation_figure" ("id");`);
    this.addSql(`alter table "participation_figure_flag" add constraint "participation_figure_flag_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "participation_figure_flag" add constraint "participation_figure_flag_kind_check" check ("kind" in ('BELOW_LISTED_THRESHOLD', 'FAR_FROM_PREVIOUS', 'NEW_EXCEEDS_TOTAL'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "participation_figure_flag" cascade;`);

  }

}
