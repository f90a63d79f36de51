import type { EntityManager } from '@mikro-orm/sql';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { assertId } from '../../validation.js';
import { appendAuditRecord, type Actor } from '../audit/audit-trail.js';
import { Account } from '../access/account.entity.js';
import { ApiToken } from '../access/api-token.entity.js';
import { snapshotApiToken } from './access-snapshots.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../access/secrets.js';

/** Personal API tokens: each person creates, lists and revokes their own. */
export class ApiTokensService {
  constructor(private readonly em: EntityManager) {}

  mine(accountId: string): Promise<ApiToken[]> {
    return this.em.find(ApiToken, { account: accountId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /** Returns the token itself once; afterwards only its hash exists. */
  async create(
    actor: Actor,
    name: string,
    expiresInDays: number | null,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    if (actor.viewer.via.kind !== 'session') {
      // A leaked token must not be able to mint a fresh one that outlives its revocation.
      throw new ForbiddenError('API tokens are created from a signed-in session, not with another API token.');
    }
    const token = newSecret(API_TOKEN_PREFIX);
    const apiToken = await this.em.transactional(async (em) => {
      const created = em.create(ApiToken, {
        account: em.getReference(Account, actor.viewer.accountId),
        name,
        prefix: token.slice(0, 8),
        secretHash: hashSecret(token),
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      });
      appendAuditRecord(em, actor, {
        action: 'apiToken.create',
        entityType: 'ApiToken',
        entityId: created.id,
        province: null,
        before: null,
        after: snapshotApiToken(created),
      });
      return created;
    });
    return { token, apiToken };
  }

  /** Revokes one of the viewer's own tokens (an admin may revoke anyone's). Revoking twice is harmless. */
  async revoke(actor: Actor, id: string): Promise<ApiToken> {
    assertId(id, 'id');
    return this.em.transactional(async (em) => {
      const owner = actor.viewer.role === 'ADMIN' ? {} : { account: actor.viewer.accountId };
      const apiToken = await em.findOne(ApiToken, { id, ...owner });
      // Someone else's token is "not found", so ids of other people's tokens cannot be probed.
      if (!apiToken) throw new NotFoundError(`You have no API token with id "${id}"`);
      if (apiToken.revokedAt) return apiToken;
      const before = snapshotApiToken(apiToken);
      apiToken.revokedAt = new Date();
      appendAuditRecord(em, actor, {
        action: 'apiToken.revoke',
        entityType: 'ApiToken',
        entityId: apiToken.id,
        province: null,
        before,
        after: snapshotApiToken(apiToken),
      });
      return apiToken;
    });
  }
}
