import type { DatabaseSync } from 'node:sqlite';
import type pg from 'pg';
import type { Dialect } from './sql.js';

export type ChangeStatusInput = { agreementId: string; status: string; expectedVersion: number; note: string | null };

/**
 * The floor of the status-change mutation: one UPDATE of the agreement (checking the version it
 * expects) and one INSERT of the audit record, in one transaction. Not measured until the API
 * has the mutation (see operations.ts).
 */
export async function changeStatusFloor(
  _database: { dialect: Dialect; pool: pg.Pool | null; sqlite: DatabaseSync | null },
  _input: ChangeStatusInput,
): Promise<{ answer: unknown; statements: number }> {
  throw new Error('changeAgreementStatus is not in the API yet');
}
