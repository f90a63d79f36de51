import type { EntityManager } from '@mikro-orm/sql';
import type { Role } from '@tripartite/shared';
import { instant, optionalInstant, truthy } from '../../db/plain-values.js';
import type { Account } from '../access/account.entity.js';
import { preparedRows } from '../../db/prepared-reads.js';

/*
 * Every API request first finds whose token or session it carries. Read as one plain row rather
 * than an entity with its account populated: on the bench's smallest query (a province's code
 * and name, PostgreSQL, 1 connection) MikroORM's findOne, its query building and hydration of the
 * token and the account were about a fifth of the request's CPU (bench/RESULTS.md, issue 19).
 * The row is read afresh on every request, so a revoked token, an ended session or a disabled
 * account is refused on the very next request.
 */

/** The account columns a Viewer is made of. */
export type AccountRow = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  postOfficeId: string | null;
  active: boolean;
};

/** The same columns of an account entity already loaded (by a command, or for the audit trail). */
export function accountRowOf(account: Account): AccountRow {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    agencyId: account.agency?.id ?? null,
    postOfficeId: account.postOffice?.id ?? null,
    active: account.active,
  };
}

const ACCOUNT_COLUMNS = `a.id as account_id, a.email, a.display_name, a.role, a.agency_id, a.post_office_id, a.active`;

function accountOf(row: Record<string, unknown>): AccountRow {
  return {
    id: String(row['account_id']),
    email: String(row['email']),
    displayName: String(row['display_name']),
    role: row['role'] as Role,
    agencyId: (row['agency_id'] as string | null) ?? null,
    postOfficeId: (row['post_office_id'] as string | null) ?? null,
    active: truthy(row['active']),
  };
}

export type TokenRow = {
  id: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  account: AccountRow;
};

/** The API token with this secret's hash and its account, or null. */
export async function tokenBySecretHash(em: EntityManager, secretHash: string): Promise<TokenRow | null> {
  const [row] = await preparedRows(
    em,
    `select t.id, t.expires_at, t.last_used_at, t.revoked_at, ${ACCOUNT_COLUMNS}
       from api_token t join account a on a.id = t.account_id where t.secret_hash = ?`,
    [secretHash],
  );
  if (!row) return null;
  return {
    id: String(row['id']),
    expiresAt: optionalInstant(row['expires_at']),
    lastUsedAt: optionalInstant(row['last_used_at']),
    revokedAt: optionalInstant(row['revoked_at']),
    account: accountOf(row),
  };
}

export type SessionRow = { id: string; expiresAt: Date; account: AccountRow };

/** The session with this secret's hash and its account, or null (expired or not: the caller judges). */
export async function sessionBySecretHash(em: EntityManager, secretHash: string): Promise<SessionRow | null> {
  const [row] = await preparedRows(
    em,
    `select s.id, s.expires_at, ${ACCOUNT_COLUMNS}
       from session s join account a on a.id = s.account_id where s.secret_hash = ?`,
    [secretHash],
  );
  if (!row) return null;
  return { id: String(row['id']), expiresAt: instant(row['expires_at']), account: accountOf(row) };
}
