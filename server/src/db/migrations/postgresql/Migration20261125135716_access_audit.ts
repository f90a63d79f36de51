import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135716_access_audit extends Migration {

  override name = 'Migration20261125135716_access_audit';

  override up(): void | Promise<void> {
    this.addSql(`create table "account" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(150) not null, "password_hash" varchar(200) not null, "role" text not null, "agency_id" uuid null, "post_office_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, "last_signed_in_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(`create table "audit_record" ("id" uuid not null, "occurred_at" timestamptz not null, "account_id" uuid null, "actor" varchar(420) not null, "action" varchar(60) not null, "entity_type" varchar(40) not null, "entity_id" varchar(60) not null, "province_id" uuid null, "before" jsonb null, "after" jsonb null, "request_id" varchar(100) not null, "client_request_id" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "audit_record_account_id_index" on "audit_record" ("account_id");`);
    this.addSql(`create index "audit_record_occurred_at_index" on "audit_record" ("occurred_at");`);
    this.addSql(`create index "audit_record_province_id_occurred_at_index" on "audit_record" ("province_id", "occurred_at");`);
    this.addSql(`create index "audit_record_entity_type_entity_id_occurred_at_index" on "audit_record" ("entity_type", "entity_id", "occurred_at");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "account_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(12) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "session" ("id" uuid not null, "secret_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "target" add "version" int not null default 1;`);
    this.addSql(`create unique index target_ward_scheme_year_unique on target (ward_id, scheme, year) where ward_id is not null;`);
    this.addSql(`create unique index target_province_scheme_year_unique on target (province_id, scheme, year) where province_id is not null;`);

    this.addSql(`create unique index agreement_one_open_per_ward_unique on agreement (ward_id) where status in ('DRAFTING', 'AWAITING_SIGNATURES');`);

    this.addSql(`alter table "account" add constraint "account_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "account" add constraint "account_post_office_id_foreign" foreign key ("post_office_id") references "post_office" ("id") on delete set null;`);
    this.addSql(`alter table "account" add constraint "account_coordinator_has_post_office_check" check (role <> 'COORDINATOR' or post_office_id is not null);`);
    this.addSql(`alter table "account" add constraint "account_director_has_agency_check" check (role <> 'DIRECTOR' or agency_id is not null);`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'));`);

    this.addSql(`alter table "audit_record" add constraint "audit_record_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete no action;`);
    this.addSql(`alter table "audit_record" add constraint "audit_record_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete no action;`);

    this.addSql(`alter table "api_token" add constraint "api_token_account_id_foreign" foreign key ("account_id") references "account" ("id");`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id");`);

    // Written by hand: audit records are permanent; the database itself refuses to change or remove one.
    this.addSql(`create function "audit_record_is_permanent"() returns trigger language plpgsql as $$ begin raise exception 'audit records are permanent: % is not allowed', tg_op; end $$;`);
    this.addSql(`create trigger "audit_record_no_change" before update or delete on "audit_record" for each row execute function "audit_record_is_permanent"();`);
    this.addSql(`create trigger "audit_record_no_truncate" before truncate on "audit_record" for each statement execute function "audit_record_is_permanent"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_record" drop constraint "audit_record_account_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_account_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "audit_record" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`alter table "agreement" drop constraint "agreement_one_open_per_ward_unique";`);

    this.addSql(`alter table "target" drop constraint "target_ward_scheme_year_unique";`);
    this.addSql(`alter table "target" drop constraint "target_province_scheme_year_unique";`);
    this.addSql(`alter table "target" drop column "version";`);
  }

}
