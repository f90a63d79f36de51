import { Migration } from '@mikro-orm/migrations';

/**
 * The wards merged into a ward are looked up by `successor_id` (the headline's "a merged unit
 * signed one", a ward's predecessors, figures through merges). The link table's primary key starts
 * with `predecessor_id`, so on PostgreSQL that lookup read the whole table for every ward: some
 * 10,000 rows after the 2025 reorganisation. SQLite has had this index from the first migration
 * (MikroORM indexes each foreign key there); the entity metadata cannot declare it for the
 * implicit link table, so db/hand-written-schema.ts keeps the schema diff from dropping it.
 */
export class Migration20261205123500_ward_succession_successor_index extends Migration {

  override name = 'Migration20261205123500_ward_succession_successor_index';

  override up(): void | Promise<void> {

    this.addSql(`create index "ward_succession_successor_id_index" on "ward_succession" ("successor_id");`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop index "ward_succession_successor_id_index";`);
  }

}
