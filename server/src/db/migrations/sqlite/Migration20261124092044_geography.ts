import { Migration } from '@mikro-orm/migrations';

export class Migration20261124092044_geography extends Migration {

  override name = 'Migration20261124092044_geography';

  override up(): void | Promise<void> {
    this.addSql(`create table \`province\` (\`id\` text not null primary key, \`code\` text not null, \`name\` text not null, \`full_name\` text not null, \`name_en\` text not null, \`kind\` text check (\`kind\` in ('CITY', 'PROVINCE')) not null, \`valid_from\` date not null, \`valid_to\` date null);`);
    this.addSql(`create unique index \`province_code_valid_from_unique\` on \`province\` (\`code\`, \`valid_from\`);`);

    this.addSql(`create table \`ward\` (\`id\` text not null primary key, \`code\` text not null, \`name\` text not null, \`full_name\` text not null, \`name_en\` text not null, \`kind\` text check (\`kind\` in ('WARD', 'COMMUNE', 'SPECIAL_ZONE', 'TOWNSHIP')) not null, \`province_id\` text not null, \`valid_from\` date not null, \`valid_to\` date null, constraint \`ward_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`));`);
    this.addSql(`create index \`ward_province_id_index\` on \`ward\` (\`province_id\`);`);
    this.addSql(`create unique index \`ward_code_valid_from_unique\` on \`ward\` (\`code\`, \`valid_from\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`province\`;`);
    this.addSql(`drop table if exists \`ward\`;`);
  }

}
