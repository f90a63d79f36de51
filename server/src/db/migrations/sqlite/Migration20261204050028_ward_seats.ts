import { Migration } from '@mikro-orm/migrations';

export class Migration20261204050028_ward_seats extends Migration {

  override name = 'Migration20261204050028_ward_seats';

  override up(): void | Promise<void> {
    this.addSql(`create table \`ward_seat\` (\`id\` text not null primary key, \`ward_id\` text not null, \`latitude\` double not null, \`longitude\` double not null, \`area_km2\` double null, \`population\` integer null, \`as_of\` date not null, \`source_id\` text not null, constraint \`ward_seat_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`), constraint \`ward_seat_source_id_foreign\` foreign key (\`source_id\`) references \`publication\` (\`id\`), constraint \`ward_seat_population_check\` check (population is null or population >= 0));`);
    this.addSql(`create unique index \`ward_seat_ward_id_unique\` on \`ward_seat\` (\`ward_id\`);`);
    this.addSql(`create index \`ward_seat_source_id_index\` on \`ward_seat\` (\`source_id\`);`);

  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`ward_seat\`;`);

  }

}
