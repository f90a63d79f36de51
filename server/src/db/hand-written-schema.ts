/**
 * Schema that the migrations create by hand because MikroORM's entity metadata cannot say it
 * for both databases: the triggers that make audit records permanent need a PL/pgSQL function
 * on PostgreSQL and `raise(abort)` on SQLite. The schema diff sees them as unknown and would
 * drop them (the sign-in counters' table is not an entity either); these patterns tell the diff checks (test and `migration:create`) to leave them.
 */
const HAND_WRITTEN = [
  /\baudit_record_(audit_record_)?(no_update|no_delete|no_change|no_truncate)(_fn)?\b/i,
  /\baudit_record_is_permanent\b/i,
  // The sign-in counters' table, in rate-limiter-flexible's shape (db/sign-in-limit-store.ts).
  /\bsign_in_limit\b/i,
  // PostgreSQL's index of merged wards by their successor, on the implicit link table
  // (migration 20261205123500); SQLite's index of the same name comes from the metadata.
  /\bward_succession_successor_id_index\b/i,
];

export function isHandWrittenSchema(statement: string): boolean {
  return HAND_WRITTEN.some((pattern) => pattern.test(statement));
}

/** A schema diff without the statements that would undo the hand-written schema. */
export function withoutHandWrittenSchema(diff: string): string {
  return diff
    .split('\n')
    .filter((line) => !isHandWrittenSchema(line))
    .join('\n')
    .trim();
}
