import { Migration } from '@mikro-orm/migrations';

export class Migration20261204050028_ward_seats extends Migration {

  override name = 'Migration20261204050028_ward_seats';

  override up(): void | Promise<void> {
    this.addSql(`create table "ward_seat" ("id" uuid not null, "ward_id" uuid not null, "latitude" double precision not null, "longitude" double precision not null, "area_km2" double precision null, "population" int null, "as_of" date not null, "source_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "ward_seat" add constraint "ward_seat_ward_id_unique" unique ("ward_id");`);
    this.addSql(`create index "ward_seat_source_id_index" on "ward_seat" ("source_id");`);



    this.addSql(`alter table "ward_seat" add constraint "ward_seat_ward_id_foreign" foreign key ("ward_id") references "ward" ("id");`);
    this.addSql(`alter table "ward_seat" add constraint "ward_seat_source_id_foreign" foreign key ("source_id") references "publication" ("id");`);
    this.addSql(`alter table "ward_seat" add constraint "ward_seat_population_check" check (population is null or population >= 0);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists "ward_seat" cascade;`);

  }

}
