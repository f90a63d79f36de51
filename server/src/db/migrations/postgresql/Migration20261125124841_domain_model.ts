import { Migration } from '@mikro-orm/migrations';

export class Migration20261125124841_domain_model extends Migration {

  override name = 'Migration20261125124841_domain_model';

  override up(): void | Promise<void> {
    this.addSql(`create table "post_office" ("id" uuid not null, "code" varchar(30) not null, "name" varchar(200) not null, "province_id" uuid null, "area_served" varchar(500) not null, "valid_from" date not null, "valid_to" date null, "level" text not null, "parent_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "post_office_province_id_index" on "post_office" ("province_id");`);
    this.addSql(`create index "post_office_parent_id_index" on "post_office" ("parent_id");`);
    this.addSql(`alter table "post_office" add constraint "post_office_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "campaign" ("id" uuid not null, "name" varchar(300) not null, "description" text null, "starts_on" date not null, "ends_on" date not null, "scope" text not null, "province_id" uuid null, primary key ("id"));`);

    this.addSql(`create table "agency" ("id" uuid not null, "code" varchar(30) not null, "name" varchar(200) not null, "province_id" uuid null, "area_served" varchar(500) not null, "valid_from" date not null, "valid_to" date null, "level" text not null, "parent_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "agency_province_id_index" on "agency" ("province_id");`);
    this.addSql(`create index "agency_parent_id_index" on "agency" ("parent_id");`);
    this.addSql(`alter table "agency" add constraint "agency_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "publication" ("id" uuid not null, "title" varchar(300) not null, "publisher" varchar(200) not null, "published_on" date null, "url" varchar(500) null, primary key ("id"));`);

    this.addSql(`create table "target" ("id" uuid not null, "scheme" text not null, "year" int not null, "province_id" uuid null, "ward_id" uuid null, "total_participants" int not null, "retained_participants" int null, "new_participants" int null, "source_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "target_ward_id_year_index" on "target" ("ward_id", "year");`);
    this.addSql(`create index "target_province_id_year_index" on "target" ("province_id", "year");`);

    this.addSql(`create table "post_office_served_ward" ("post_office_id" uuid not null, "ward_id" uuid not null, primary key ("post_office_id", "ward_id"));`);

    this.addSql(`create table "participation_figure" ("id" uuid not null, "scheme" text not null, "measure" text not null, "province_id" uuid null, "ward_id" uuid null, "period_start" date not null, "period_end" date not null, "participants" int not null, "campaign_id" uuid null, "source_id" uuid not null, "recorded_at" timestamptz not null, "note" varchar(500) null, primary key ("id"));`);
    this.addSql(`create index "participation_figure_campaign_id_index" on "participation_figure" ("campaign_id");`);
    this.addSql(`create index "participation_figure_ward_id_scheme_period_end_index" on "participation_figure" ("ward_id", "scheme", "period_end");`);
    this.addSql(`create index "participation_figure_province_id_scheme_period_end_index" on "participation_figure" ("province_id", "scheme", "period_end");`);

    this.addSql(`create table "agreement" ("id" uuid not null, "reference_number" varchar(60) null, "ward_id" uuid not null, "agency_id" uuid not null, "post_office_id" uuid not null, "status" text not null, "signed_on" date null, "effective_from" date null, "effective_to" date null, "notes" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "agreement_agency_id_index" on "agreement" ("agency_id");`);
    this.addSql(`create index "agreement_post_office_id_index" on "agreement" ("post_office_id");`);
    this.addSql(`create index "agreement_status_created_at_index" on "agreement" ("status", "created_at");`);
    this.addSql(`create index "agreement_ward_id_status_effective_from_index" on "agreement" ("ward_id", "status", "effective_from");`);

    this.addSql(`create table "agreement_status_change" ("id" uuid not null, "agreement_id" uuid not null, "sequence" int not null, "from_status" text null, "to_status" text not null, "changed_at" timestamptz not null, "changed_by" varchar(200) not null, "note" text null, primary key ("id"));`);
    this.addSql(`alter table "agreement_status_change" add constraint "agreement_status_change_agreement_id_sequence_unique" unique ("agreement_id", "sequence");`);

    this.addSql(`create table "agreement_signatory" ("id" uuid not null, "agreement_id" uuid not null, "party" text not null, "name" varchar(150) not null, "title" varchar(150) not null, "signed_on" date null, primary key ("id"));`);
    this.addSql(`alter table "agreement_signatory" add constraint "agreement_signatory_agreement_id_party_unique" unique ("agreement_id", "party");`);

    this.addSql(`create table "agency_served_ward" ("agency_id" uuid not null, "ward_id" uuid not null, primary key ("agency_id", "ward_id"));`);

    this.addSql(`create table "ward_succession" ("predecessor_id" uuid not null, "successor_id" uuid not null, primary key ("predecessor_id", "successor_id"));`);

    this.addSql(`alter table "province" add "successor_id" uuid null;`);
    this.addSql(`alter table "province" add constraint "province_successor_id_foreign" foreign key ("successor_id") references "province" ("id") on delete set null;`);
    this.addSql(`create index "province_successor_id_index" on "province" ("successor_id");`);
    this.addSql(`create index "province_valid_from_valid_to_index" on "province" ("valid_from", "valid_to");`);

    this.addSql(`alter table "post_office" add constraint "post_office_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "post_office" add constraint "post_office_parent_id_foreign" foreign key ("parent_id") references "post_office" ("id") on delete set null;`);
    this.addSql(`alter table "post_office" add constraint "post_office_validity_check" check (valid_to is null or valid_to >= valid_from);`);
    this.addSql(`alter table "post_office" add constraint "post_office_level_check" check ("level" in ('CORPORATION', 'PROVINCIAL', 'DISTRICT', 'COMMUNE'));`);

    this.addSql(`alter table "campaign" add constraint "campaign_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_dates_check" check (ends_on >= starts_on);`);
    this.addSql(`alter table "campaign" add constraint "campaign_scope_check" check ("scope" in ('NATIONAL', 'PROVINCIAL'));`);

    this.addSql(`alter table "agency" add constraint "agency_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_validity_check" check (valid_to is null or valid_to >= valid_from);`);
    this.addSql(`alter table "agency" add constraint "agency_level_check" check ("level" in ('CENTRAL', 'REGIONAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS'));`);

    this.addSql(`alter table "target" add constraint "target_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "target" add constraint "target_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on delete set null;`);
    this.addSql(`alter table "target" add constraint "target_source_id_foreign" foreign key ("source_id") references "publication" ("id");`);
    this.addSql(`alter table "target" add constraint "target_parts_sum_check" check (retained_participants is null or new_participants is null or retained_participants + new_participants = total_participants);`);
    this.addSql(`alter table "target" add constraint "target_counts_check" check (total_participants > 0 and (retained_participants is null or retained_participants >= 0) and (new_participants is null or new_participants >= 0));`);
    this.addSql(`alter table "target" add constraint "target_one_unit_check" check ((province_id is null) <> (ward_id is null));`);
    this.addSql(`alter table "target" add constraint "target_scheme_check" check ("scheme" in ('VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE'));`);

    this.addSql(`alter table "post_office_served_ward" add constraint "post_office_served_ward_post_office_id_foreign" foreign key ("post_office_id") references "post_office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_office_served_ward" add constraint "post_office_served_ward_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "participation_figure" add constraint "participation_figure_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on delete set null;`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_source_id_foreign" foreign key ("source_id") references "publication" ("id");`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_count_check" check (participants >= 0);`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_period_check" check (period_end >= period_start);`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_unit_check" check (province_id is null or ward_id is null);`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_scheme_check" check ("scheme" in ('VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE'));`);
    this.addSql(`alter table "participation_figure" add constraint "participation_figure_measure_check" check ("measure" in ('PARTICIPANTS_AT_PERIOD_END', 'ENROLLED_IN_PERIOD'));`);

    this.addSql(`alter table "agreement" add constraint "agreement_ward_id_foreign" foreign key ("ward_id") references "ward" ("id");`);
    this.addSql(`alter table "agreement" add constraint "agreement_agency_id_foreign" foreign key ("agency_id") references "agency" ("id");`);
    this.addSql(`alter table "agreement" add constraint "agreement_post_office_id_foreign" foreign key ("post_office_id") references "post_office" ("id");`);
    this.addSql(`alter table "agreement" add constraint "agreement_effective_dates_check" check (effective_to is null or effective_from is null or effective_to >= effective_from);`);
    this.addSql(`alter table "agreement" add constraint "agreement_signed_has_start_check" check (status <> 'SIGNED' or effective_from is not null);`);
    this.addSql(`alter table "agreement" add constraint "agreement_status_check" check ("status" in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED'));`);

    this.addSql(`alter table "agreement_status_change" add constraint "agreement_status_change_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id");`);
    this.addSql(`alter table "agreement_status_change" add constraint "agreement_status_change_from_status_check" check ("from_status" in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED'));`);
    this.addSql(`alter table "agreement_status_change" add constraint "agreement_status_change_to_status_check" check ("to_status" in ('DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED'));`);

    this.addSql(`alter table "agreement_signatory" add constraint "agreement_signatory_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id");`);
    this.addSql(`alter table "agreement_signatory" add constraint "agreement_signatory_party_check" check ("party" in ('SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE', 'PEOPLES_COMMITTEE'));`);

    this.addSql(`alter table "agency_served_ward" add constraint "agency_served_ward_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agency_served_ward" add constraint "agency_served_ward_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ward_succession" add constraint "ward_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "ward" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ward_succession" add constraint "ward_succession_successor_id_foreign" foreign key ("successor_id") references "ward" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "post_office" drop constraint "post_office_parent_id_foreign";`);
    this.addSql(`alter table "post_office_served_ward" drop constraint "post_office_served_ward_post_office_id_foreign";`);
    this.addSql(`alter table "agreement" drop constraint "agreement_post_office_id_foreign";`);
    this.addSql(`alter table "participation_figure" drop constraint "participation_figure_campaign_id_foreign";`);
    this.addSql(`alter table "agency" drop constraint "agency_parent_id_foreign";`);
    this.addSql(`alter table "agreement" drop constraint "agreement_agency_id_foreign";`);
    this.addSql(`alter table "agency_served_ward" drop constraint "agency_served_ward_agency_id_foreign";`);
    this.addSql(`alter table "target" drop constraint "target_source_id_foreign";`);
    this.addSql(`alter table "participation_figure" drop constraint "participation_figure_source_id_foreign";`);
    this.addSql(`alter table "agreement_status_change" drop constraint "agreement_status_change_agreement_id_foreign";`);
    this.addSql(`alter table "agreement_signatory" drop constraint "agreement_signatory_agreement_id_foreign";`);

    this.addSql(`drop table if exists "post_office" cascade;`);
    this.addSql(`drop table if exists "campaign" cascade;`);
    this.addSql(`drop table if exists "agency" cascade;`);
    this.addSql(`drop table if exists "publication" cascade;`);
    this.addSql(`drop table if exists "target" cascade;`);
    this.addSql(`drop table if exists "post_office_served_ward" cascade;`);
    this.addSql(`drop table if exists "participation_figure" cascade;`);
    this.addSql(`drop table if exists "agreement" cascade;`);
    this.addSql(`drop table if exists "agreement_status_change" cascade;`);
    this.addSql(`drop table if exists "agreement_signatory" cascade;`);
    this.addSql(`drop table if exists "agency_served_ward" cascade;`);
    this.addSql(`drop table if exists "ward_succession" cascade;`);

    this.addSql(`alter table "province" drop constraint "province_successor_id_foreign";`);

    this.addSql(`drop index "province_successor_id_index";`);
    this.addSql(`drop index "province_valid_from_valid_to_index";`);
    this.addSql(`alter table "province" drop column "successor_id";`);
  }

}
