import { Migration } from '@mikro-orm/migrations';

export class Migration20261125124841_domain_model extends Migration {

  override name = 'Migration20261125124841_domain_model';

  override up(): void | Promise<void> {
    this.addSql(`create table \`post_office\` (\`id\` text not null primary key, \`code\` text not null, \`name\` text not null, \`province_id\` text null, \`area_served\` text not null, \`valid_from\` date not null, \`valid_to\` date null, \`level\` text check (\`level\` in ('CORPORATION', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')) not null, \`parent_id\` text null, constraint \`post_office_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete set null, constraint \`post_office_parent_id_foreign\` foreign key (\`parent_id\`) references \`post_office\` (\`id\`) on delete set null, constraint \`post_office_validity_check\` check (valid_to is null or valid_to >= valid_from));`);
    this.addSql(`create index \`post_office_province_id_index\` on \`post_office\` (\`province_id\`);`);
    this.addSql(`create index \`post_office_parent_id_index\` on \`post_office\` (\`parent_id\`);`);
    this.addSql(`create unique index \`post_office_code_valid_from_unique\` on \`post_office\` (\`code\`, \`valid_from\`);`);

    this.addSql(`create table \`campaign\` (\`id\` text not null primary key, \`name\` text not null, \`description\` text null, \`starts_on\` date not null, \`ends_on\` date not null, \`scope\` text check (\`scope\` in ('NATIONAL', 'PROVINCIAL')) not null, \`province_id\` text null, constraint \`campaign_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete set null, constraint \`campaign_dates_check\` check (ends_on >= starts_on));`);
    this.addSql(`create index \`campaign_province_id_index\` on \`campaign\` (\`province_id\`);`);

    this.addSql(`create table \`agency\` (\`id\` text not null primary key, \`code\` text not null, \`name\` text not null, \`province_id\` text null, \`area_served\` text not null, \`valid_from\` date not null, \`valid_to\` date null, \`level\` text check (\`level\` in ('CENTRAL', 'REGIONAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS')) not null, \`parent_id\` text null, constraint \`agency_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete set null, constraint \`agency_parent_id_foreign\` foreign key (\`parent_id\`) references \`agency\` (\`id\`) on delete set null, constraint \`agency_validity_check\` check (valid_to is null or valid_to >= valid_from));`);
    this.addSql(`create index \`agency_province_id_index\` on \`agency\` (\`province_id\`);`);
    this.addSql(`create index \`agency_parent_id_index\` on \`agency\` (\`parent_id\`);`);
    this.addSql(`create unique index \`agency_code_valid_from_unique\` on \`agency\` (\`code\`, \`valid_from\`);`);

    this.addSql(`create table \`publication\` (\`id\` text not null primary key, \`title\` text not null, \`publisher\` text not null, \`published_on\` date null, \`url\` text null);`);

    this.addSql(`create table \`target\` (\`id\` text not null primary key, \`scheme\` text check (\`scheme\` in ('VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE')) not null, \`year\` integer not null, \`province_id\` text null, \`ward_id\` text null, \`total_participants\` integer not null, \`retained_participants\` integer null, \`new_participants\` integer null, \`source_id\` text not null, constraint \`target_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete set null, constraint \`target_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`) on delete set null, constraint \`target_source_id_foreign\` foreign key (\`source_id\`) references \`publication\` (\`id\`), constraint \`target_parts_sum_check\` check (retained_participants is null or new_participants is null or retained_participants + new_participants = total_participants), constraint \`target_counts_check\` check (total_participants > 0 and (retained_participants is null or retained_participants >= 0) and (new_participants is null or new_participants >= 0)), constraint \`target_one_unit_check\` check ((province_id is null) <> (ward_id is null)));`);
    this.addSql(`create index \`target_province_id_index\` on \`target\` (\`province_id\`);`);
    this.addSql(`create index \`target_ward_id_index\` on \`target\` (\`ward_id\`);`);
    this.addSql(`create index \`target_source_id_index\` on \`target\` (\`source_id\`);`);
    this.addSql(`create index \`target_ward_id_year_index\` on \`target\` (\`ward_id\`, \`year\`);`);
    this.addSql(`create index \`target_province_id_year_index\` on \`target\` (\`province_id\`, \`year\`);`);

    this.addSql(`create table \`post_office_served_ward\` (\`post_office_id\` text not null, \`ward_id\` text not null, primary key (\`post_office_id\`, \`ward_id\`), constraint \`post_office_served_ward_post_office_id_foreign\` foreign key (\`post_office_id\`) references \`post_office\` (\`id\`) on update cascade on delete cascade, constraint \`post_office_served_ward_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`post_office_served_ward_post_office_id_index\` on \`post_office_served_ward\` (\`post_office_id\`);`);
    this.addSql(`create index \`post_office_served_ward_ward_id_index\` on \`post_office_served_ward\` (\`ward_id\`);`);

    this.addSql(`create table \`participation_figure\` (\`id\` text not null primary key, \`scheme\` text check (\`scheme\` in ('VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE')) not null, \`measure\` text check (\`measure\` in ('PARTICIPANTS_AT_PERIOD_END', 'ENROLLED_IN_PERIOD')) not null, \`province_id\` text null, \`ward_id\` text null, \`period_start\` date not null, \`period_end\` date not null, \`participants\` integer not null, \`campaign_id\` text null, \`source_id\` text not null, \`recorded_at\` datetime not null, \`note\` text null, constraint \`participation_figure_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete set null, constraint \`participation_figure_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`) on delete set null, constraint \`participation_figure_campaign_id_foreign\` foreign key (\`campaign_id\`) references \`campaign\` (\`id\`) on delete set null, constraint \`participation_figure_source_id_foreign\` foreign key (\`source_id\`) references \`publication\` (\`id\`), constraint \`participation_figure_count_check\` check (participants >= 0), constraint \`participation_figure_period_check\` check (period_end >= period_start), constraint \`participation_figure_unit_check\` check (province_id is null or ward_id is null));`);
    this.addSql(`create index \`participation_figure_province_id_index\` on \`participation_figure\` (\`province_id\`);`);
    this.addSql(`create index \`participation_figure_ward_id_index\` on \`participation_figure\` (\`ward_id\`);`);
    this.addSql(`create index \`participation_figure_campaign_id_index\` on \`participation_figure\` (\`campaign_id\`);`);
    this.addSql(`create index \`participation_figure_source_id_index\` on \`participation_figure\` (\`source_id\`);`);
    this.addSql(`create index \`participation_figure_ward_id_scheme_period_end_index\` on \`participation_figure\` (\`ward_id\`, \`scheme\`, \`period_end\`);`);
    this.addSql(`create index \`participation_figure_province_id_scheme_period_end_index\` on \`participation_figure\` (\`province_id\`, \`scheme\`, \`period_end\`);`);

    this.addSql(`create table \`agreement\` (\`id\` text not null primary key, \`reference_number\` text null, \`ward_id\` text not null, \`agency_id\` text not null, \`post_office_id\` text not null, \`status\` text check (\`status\` in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED')) not null, \`signed_on\` date null, \`effective_from\` date null, \`effective_to\` date null, \`notes\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`agreement_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`), constraint \`agreement_agency_id_foreign\` foreign key (\`agency_id\`) references \`agency\` (\`id\`), constraint \`agreement_post_office_id_foreign\` foreign key (\`post_office_id\`) references \`post_office\` (\`id\`), constraint \`agreement_effective_dates_check\` check (effective_to is null or effective_from is null or effective_to >= effective_from), constraint \`agreement_signed_has_start_check\` check (status <> 'SIGNED' or effective_from is not null));`);
    this.addSql(`create index \`agreement_ward_id_index\` on \`agreement\` (\`ward_id\`);`);
    this.addSql(`create index \`agreement_agency_id_index\` on \`agreement\` (\`agency_id\`);`);
    this.addSql(`create index \`agreement_post_office_id_index\` on \`agreement\` (\`post_office_id\`);`);
    this.addSql(`create index \`agreement_status_created_at_index\` on \`agreement\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`agreement_ward_id_status_effective_from_index\` on \`agreement\` (\`ward_id\`, \`status\`, \`effective_from\`);`);

    this.addSql(`create table \`agreement_status_change\` (\`id\` text not null primary key, \`agreement_id\` text not null, \`sequence\` integer not null, \`from_status\` text check (\`from_status\` in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED')) null, \`to_status\` text check (\`to_status\` in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED')) not null, \`changed_at\` datetime not null, \`changed_by\` text not null, \`note\` text null, constraint \`agreement_status_change_agreement_id_foreign\` foreign key (\`agreement_id\`) references \`agreement\` (\`id\`));`);
    this.addSql(`create index \`agreement_status_change_agreement_id_index\` on \`agreement_status_change\` (\`agreement_id\`);`);
    this.addSql(`create unique index \`agreement_status_change_agreement_id_sequence_unique\` on \`agreement_status_change\` (\`agreement_id\`, \`sequence\`);`);

    this.addSql(`create table \`agreement_signatory\` (\`id\` text not null primary key, \`agreement_id\` text not null, \`party\` text check (\`party\` in ('SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE', 'PEOPLES_COMMITTEE')) not null, \`name\` text not null, \`title\` text not null, \`signed_on\` date null, constraint \`agreement_signatory_agreement_id_foreign\` foreign key (\`agreement_id\`) references \`agreement\` (\`id\`));`);
    this.addSql(`create index \`agreement_signatory_agreement_id_index\` on \`agreement_signatory\` (\`agreement_id\`);`);
    this.addSql(`create unique index \`agreement_signatory_agreement_id_party_unique\` on \`agreement_signatory\` (\`agreement_id\`, \`party\`);`);

    this.addSql(`create table \`agency_served_ward\` (\`agency_id\` text not null, \`ward_id\` text not null, primary key (\`agency_id\`, \`ward_id\`), constraint \`agency_served_ward_agency_id_foreign\` foreign key (\`agency_id\`) references \`agency\` (\`id\`) on update cascade on delete cascade, constraint \`agency_served_ward_ward_id_foreign\` foreign key (\`ward_id\`) references \`ward\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`agency_served_ward_agency_id_index\` on \`agency_served_ward\` (\`agency_id\`);`);
    this.addSql(`create index \`agency_served_ward_ward_id_index\` on \`agency_served_ward\` (\`ward_id\`);`);

    this.addSql(`create table \`ward_succession\` (\`predecessor_id\` text not null, \`successor_id\` text not null, primary key (\`predecessor_id\`, \`successor_id\`), constraint \`ward_succession_predecessor_id_foreign\` foreign key (\`predecessor_id\`) references \`ward\` (\`id\`) on update cascade on delete cascade, constraint \`ward_succession_successor_id_foreign\` foreign key (\`successor_id\`) references \`ward\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`ward_succession_predecessor_id_index\` on \`ward_succession\` (\`predecessor_id\`);`);
    this.addSql(`create index \`ward_succession_successor_id_index\` on \`ward_succession\` (\`successor_id\`);`);

    this.addSql(`alter table \`province\` add column \`successor_id\` text null constraint \`province_successor_id_foreign\` references \`province\` (\`id\`) on delete set null;`);
    this.addSql(`create index \`province_successor_id_index\` on \`province\` (\`successor_id\`);`);
    this.addSql(`create index \`province_valid_from_valid_to_index\` on \`province\` (\`valid_from\`, \`valid_to\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`post_office\`;`);
    this.addSql(`drop table if exists \`campaign\`;`);
    this.addSql(`drop table if exists \`agency\`;`);
    this.addSql(`drop table if exists \`publication\`;`);
    this.addSql(`drop table if exists \`target\`;`);
    this.addSql(`drop table if exists \`post_office_served_ward\`;`);
    this.addSql(`drop table if exists \`participation_figure\`;`);
    this.addSql(`drop table if exists \`agreement\`;`);
    this.addSql(`drop table if exists \`agreement_status_change\`;`);
    this.addSql(`drop table if exists \`agreement_signatory\`;`);
    this.addSql(`drop table if exists \`agency_served_ward\`;`);
    this.addSql(`drop table if exists \`ward_succession\`;`);

    this.addSql(`drop index \`province_successor_id_index\`;`);
    this.addSql(`drop index \`province_valid_from_valid_to_index\`;`);
    this.addSql(`alter table \`province\` drop column \`successor_id\`;`);
  }

}
