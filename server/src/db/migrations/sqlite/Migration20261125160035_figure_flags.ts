import { Migration } from '@mikro-orm/migrations';

export class Migration20261125160035_figure_flags extends Migration {

  override name = 'Migration20261125160035_figure_flags';

  override up(): void | Promise<void> {
    this.addSql(`create table \`participation_figure_flag\` (\`id\` text not null primary key, \`figure_id\` text not null, \`province_id\` text not null, \`kind\` text check (\`kind\` in ('BELOW_LISTED_THRESHOLD', 'FAR_FROM_PREVIOUS', 'NEW_EXCEEDS_TOTAL')) not null, \`message\` text not null, \`imported_from\` text not null, \`raised_at\` datetime not null, constraint \`participation_figure_flag_figure_id_foreign\` foreign key (\`figure_id\`) references \`participation_figure\` (\`id\`), constraint \`participation_figure_flag_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`));`);
    this.addSql(`create index \`participation_figure_flag_figure_id_index\` on \`participation_figure_flag\` (\`figure_id\`);`);
    this.addSql(`create index \`participation_figure_flag_province_id_index\` on \`participation_figure_flag\` (\`province_id\`);`);
    this.addSql(`create index \`participation_figure_flag_province_id_raised_at_index\` on \`participation_figure_flag\` (\`province_id\`, \`raised_at\`);`);

  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`participation_figure_flag\`;`);

  }

}
