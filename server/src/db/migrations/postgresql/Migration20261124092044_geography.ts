import { Migration } from '@mikro-orm/migrations';

export class Migration20261124092044_geography extends Migration {

  override name = 'Migration20261124092044_geography';

  override up(): void | Promise<void> {
    this.addSql(`create table "province" ("id" uuid not null, "code" varchar(2) not null, "name" varchar(100) not null, "full_name" varchar(150) not null, "name_en" varchar(100) not null, "kind" text not null, "valid_from" date not null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`alter table "province" add constraint "province_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "ward" ("id" uuid not null, "code" varchar(5) not null, "name" varchar(100) not null, "full_name" varchar(150) not null, "name_en" varchar(100) not null, "kind" text not null, "province_id" uuid not null, "valid_from" date not null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`create index "ward_province_id_index" on "ward" ("province_id");`);
    this.addSql(`alter table "ward" add constraint "ward_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`alter table "province" add constraint "province_kind_check" check ("kind" in ('CITY', 'PROVINCE'));`);

    this.addSql(`alter table "ward" add constraint "ward_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "ward" add constraint "ward_kind_check" check ("kind" in ('WARD', 'COMMUNE', 'SPECIAL_ZONE', 'TOWNSHIP'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ward" drop constraint "ward_province_id_foreign";`);

    this.addSql(`drop table if exists "province" cascade;`);
    this.addSql(`drop table if exists "ward" cascade;`);
  }

}
