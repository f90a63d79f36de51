import type { Account } from '../access/account.entity.js';
import type { ApiToken } from '../access/api-token.entity.js';
import { accountRowOf } from './credential-rows.js';

/** What the audit trail keeps of an account: its row as a Viewer reads it, never its password hash. */
export function snapshotAccount(account: Account): Record<string, unknown> {
  return accountRowOf(account);
}

/** What the audit trail keeps of an API token: never the token or its hash. */
export function snapshotApiToken(token: ApiToken): Record<string, unknown> {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
