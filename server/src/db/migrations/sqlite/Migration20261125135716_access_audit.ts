import { Migration } from '@mikro-orm/migrations';

export class Migration20261125135716_access_audit extends Migration {

  override name = 'Migration20261125135716_access_audit';

  override up(): void | Promise<void> {
    this.addSql(`create table \`account\` (\`id\` text not null primary key, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER')) not null, \`agency_id\` text null, \`post_office_id\` text null, \`active\` integer not null default true, \`created_at\` datetime not null, \`last_signed_in_at\` datetime null, constraint \`account_agency_id_foreign\` foreign key (\`agency_id\`) references \`agency\` (\`id\`) on delete set null, constraint \`account_post_office_id_foreign\` foreign key (\`post_office_id\`) references \`post_office\` (\`id\`) on delete set null, constraint \`account_coordinator_has_post_office_check\` check (role <> 'COORDINATOR' or post_office_id is not null), constraint \`account_director_has_agency_check\` check (role <> 'DIRECTOR' or agency_id is not null));`);
    this.addSql(`create unique index \`account_email_unique\` on \`account\` (\`email\`);`);
    this.addSql(`create index \`account_agency_id_index\` on \`account\` (\`agency_id\`);`);
    this.addSql(`create index \`account_post_office_id_index\` on \`account\` (\`post_office_id\`);`);

    this.addSql(`create table \`audit_record\` (\`id\` text not null primary key, \`occurred_at\` datetime not null, \`account_id\` text null, \`actor\` text not null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`province_id\` text null, \`before\` json null, \`after\` json null, \`request_id\` text not null, \`client_request_id\` text null, constraint \`audit_record_account_id_foreign\` foreign key (\`account_id\`) references \`account\` (\`id\`) on delete no action, constraint \`audit_record_province_id_foreign\` foreign key (\`province_id\`) references \`province\` (\`id\`) on delete no action);`);
    this.addSql(`create index \`audit_record_account_id_index\` on \`audit_record\` (\`account_id\`);`);
    this.addSql(`create index \`audit_record_province_id_index\` on \`audit_record\` (\`province_id\`);`);
    this.addSql(`create index \`audit_record_occurred_at_index\` on \`audit_record\` (\`occurred_at\`);`);
    this.addSql(`create index \`audit_record_province_id_occurred_at_index\` on \`audit_record\` (\`province_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`audit_record_entity_type_entity_id_occurred_at_index\` on \`audit_record\` (\`entity_type\`, \`entity_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`api_token\` (\`id\` text not null primary key, \`account_id\` text not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_account_id_foreign\` foreign key (\`account_id\`) references \`account\` (\`id\`));`);
    this.addSql(`create index \`api_token_account_id_index\` on \`api_token\` (\`account_id\`);`);
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null primary key, \`secret_hash\` text not null, \`account_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_account_id_foreign\` foreign key (\`account_id\`) references \`account\` (\`id\`));`);
    this.addSql(`create unique index \`session_secret_hash_unique\` on \`session\` (\`secret_hash\`);`);
    this.addSql(`create index \`session_account_id_index\` on \`session\` (\`account_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);

    this.addSql(`alter table \`target\` add column \`version\` integer not null default 1;`);
    this.addSql(`create unique index target_ward_scheme_year_unique on target (ward_id, scheme, year) where ward_id is not null;`);
    this.addSql(`create unique index target_province_scheme_year_unique on target (province_id, scheme, year) where province_id is not null;`);

    this.addSql(`create unique index agreement_one_open_per_ward_unique on agreement (ward_id) where status in ('DRAFTING', 'AWAITING_SIGNATURES');`);

    // Written by hand: audit records are permanent; the database itself refuses to change or remove one.
    this.addSql(`create trigger \`audit_record_no_update\` before update on \`audit_record\` begin select raise(abort, 'audit records are permanent: UPDATE is not allowed'); end;`);
    this.addSql(`create trigger \`audit_record_no_delete\` before delete on \`audit_record\` begin select raise(abort, 'audit records are permanent: DELETE is not allowed'); end;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`account\`;`);
    this.addSql(`drop table if exists \`audit_record\`;`);
    this.addSql(`drop table if exists \`api_token\`;`);
    this.addSql(`drop table if exists \`session\`;`);

    this.addSql(`drop index \`agreement_one_open_per_ward_unique\`;`);

    this.addSql(`drop index \`target_ward_scheme_year_unique\`;`);
    this.addSql(`drop index \`target_province_scheme_year_unique\`;`);
    this.addSql(`alter table \`target\` drop column \`version\`;`);
  }

}
