import type { Account } from '../access/account.entity.js';
import type { ApiToken } from '../access/api-token.entity.js';

/** What the audit trail keeps of an account: never its password hash. */
export function snapshotAccount(account: Account): Record<string, unknown> {
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
