/**
 * The columns the generator fills, in the order rows are written, with their PostgreSQL types
 * (used for `unnest` bulk inserts). The schema itself comes from the server's own migrations.
 */
export type ColumnType = 'uuid' | 'text' | 'date' | 'int' | 'timestamptz' | 'bool';

export const TABLES = {
  province: {
    id: 'uuid',
    code: 'text',
    name: 'text',
    full_name: 'text',
    name_en: 'text',
    kind: 'text',
    valid_from: 'date',
    valid_to: 'date',
    successor_id: 'uuid',
  },
  ward: {
    id: 'uuid',
    code: 'text',
    name: 'text',
    full_name: 'text',
    name_en: 'text',
    kind: 'text',
    province_id: 'uuid',
    valid_from: 'date',
    valid_to: 'date',
  },
  agency: {
    id: 'uuid',
    code: 'text',
    name: 'text',
    province_id: 'uuid',
    area_served: 'text',
    valid_from: 'date',
    valid_to: 'date',
    level: 'text',
    parent_id: 'uuid',
  },
  post_office: {
    id: 'uuid',
    code: 'text',
    name: 'text',
    province_id: 'uuid',
    area_served: 'text',
    valid_from: 'date',
    valid_to: 'date',
    level: 'text',
    parent_id: 'uuid',
  },
  agency_served_ward: { agency_id: 'uuid', ward_id: 'uuid' },
  post_office_served_ward: { post_office_id: 'uuid', ward_id: 'uuid' },
  publication: { id: 'uuid', title: 'text', publisher: 'text', published_on: 'date', url: 'text' },
  agreement: {
    id: 'uuid',
    reference_number: 'text',
    ward_id: 'uuid',
    agency_id: 'uuid',
    post_office_id: 'uuid',
    status: 'text',
    signed_on: 'date',
    effective_from: 'date',
    effective_to: 'date',
    notes: 'text',
    version: 'int',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  agreement_status_change: {
    id: 'uuid',
    agreement_id: 'uuid',
    sequence: 'int',
    from_status: 'text',
    to_status: 'text',
    changed_at: 'timestamptz',
    changed_by: 'text',
    note: 'text',
  },
  agreement_signatory: {
    id: 'uuid',
    agreement_id: 'uuid',
    party: 'text',
    name: 'text',
    title: 'text',
    signed_on: 'date',
  },
  target: {
    id: 'uuid',
    scheme: 'text',
    year: 'int',
    province_id: 'uuid',
    ward_id: 'uuid',
    total_participants: 'int',
    retained_participants: 'int',
    new_participants: 'int',
    source_id: 'uuid',
  },
  participation_figure: {
    id: 'uuid',
    scheme: 'text',
    measure: 'text',
    province_id: 'uuid',
    ward_id: 'uuid',
    period_start: 'date',
    period_end: 'date',
    participants: 'int',
    campaign_id: 'uuid',
    source_id: 'uuid',
    recorded_at: 'timestamptz',
    note: 'text',
  },
  account: {
    id: 'uuid',
    email: 'text',
    display_name: 'text',
    password_hash: 'text',
    role: 'text',
    agency_id: 'uuid',
    post_office_id: 'uuid',
    active: 'bool',
    created_at: 'timestamptz',
    last_signed_in_at: 'timestamptz',
  },
  api_token: {
    id: 'uuid',
    account_id: 'uuid',
    name: 'text',
    prefix: 'text',
    secret_hash: 'text',
    created_at: 'timestamptz',
    expires_at: 'timestamptz',
    last_used_at: 'timestamptz',
    revoked_at: 'timestamptz',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type TableName = keyof typeof TABLES;

/** One row as values in column order; timestamps are epoch milliseconds. */
export type Row = (string | number | boolean | null)[];

/** Where generated rows go: a database loader, or a counter. */
export interface RowSink {
  insert(table: TableName, rows: Row[]): Promise<void>;
}
