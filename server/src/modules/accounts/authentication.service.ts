import type { EntityManager } from '@mikro-orm/sql';
import { MAX_PASSWORD_LENGTH } from '@tripartite/shared';
import { InvalidInputError, UnauthenticatedError } from '../../errors.js';
import { appendAuditRecord, type Actor } from '../audit/audit-trail.js';
import { Account } from '../access/account.entity.js';
import { ApiToken } from '../access/api-token.entity.js';
import { hashOfUnknownAccount, verifyPassword } from '../access/password-hashing.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../access/secrets.js';
import { Session } from '../access/session.entity.js';
import type { Viewer } from '../access/viewer.js';
import { accountRowOf, sessionBySecretHash, tokenBySecretHash, type AccountRow } from './credential-rows.js';

/** How long a sign-in lasts; the cookie expires with it. */
export const SESSION_HOURS = 12;
/** Token use is recorded at most this often, so reading the API does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The viewer an account is when it acts (or is acted for) by this route. */
export function viewerOf(account: Account, via: Viewer['via']): Viewer {
  return viewerOfRow(accountRowOf(account), via);
}

function viewerOfRow(account: AccountRow, via: Viewer['via']): Viewer {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    agencyId: account.agencyId,
    postOfficeId: account.postOfficeId,
    via,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Signs people in and out, and tells who a request comes from. */
export class AuthenticationService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Checks the password and opens a session, recording the sign-in in the audit trail. A wrong
   * password and an unknown email get the same answer, after the same work, so the answer does
   * not reveal which emails have accounts.
   */
  async signIn(
    email: string,
    password: string,
    request: Omit<Actor, 'viewer'>,
  ): Promise<{ viewer: Viewer; secret: string; session: Session; account: Account }> {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new InvalidInputError('password', `password: at most ${MAX_PASSWORD_LENGTH} characters`);
    }
    const account = await this.em.findOne(Account, { email: normaliseEmail(email) }, { populate: ['passwordHash'] });
    const matches = await verifyPassword(password, account?.passwordHash ?? (await hashOfUnknownAccount()));
    if (!account || !matches || !account.active) {
      throw new UnauthenticatedError('The email or password is not right, or the account is disabled.');
    }
    const secret = newSecret();
    return this.em.transactional(async (em) => {
      const session = em.create(Session, {
        account,
        secretHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
      });
      // Sessions that have ended are of no use to anyone; sweeping them here keeps the table small.
      await em.nativeDelete(Session, { expiresAt: { $lt: new Date() } });
      // Written by id: `account` was read outside this transaction's unit of work.
      await em.nativeUpdate(Account, { id: account.id }, { lastSignedInAt: new Date() });
      const viewer = viewerOf(account, { kind: 'session', sessionId: session.id });
      appendAuditRecord(
        em,
        { viewer, ...request },
        {
          action: 'session.signIn',
          entityType: 'Session',
          entityId: session.id,
          province: null,
          before: null,
          after: { sessionId: session.id, accountId: account.id, expiresAt: session.expiresAt.toISOString() },
        },
      );
      return { viewer, secret, session, account };
    });
  }

  /** Ends the viewer's session (the caller clears the cookie); a token-authenticated request has none to end. */
  async signOut(actor: Actor): Promise<boolean> {
    const via = actor.viewer.via;
    if (via.kind !== 'session') return false;
    return this.em.transactional(async (em) => {
      const removed = await em.nativeDelete(Session, { id: via.sessionId });
      if (removed === 0) return false;
      appendAuditRecord(em, actor, {
        action: 'session.signOut',
        entityType: 'Session',
        entityId: via.sessionId,
        province: null,
        before: { sessionId: via.sessionId, accountId: actor.viewer.accountId },
        after: null,
      });
      return true;
    });
  }

  /** The account behind a session cookie, or null when it is unknown or has expired. */
  async viewerFromSession(secret: string): Promise<Viewer | null> {
    const session = await sessionBySecretHash(this.em, hashSecret(secret));
    if (!session || session.expiresAt <= new Date() || !session.account.active) return null;
    return viewerOfRow(session.account, { kind: 'session', sessionId: session.id });
  }

  /** The account behind an API token; an unknown, revoked or expired token is refused outright. */
  async viewerFromToken(token: string): Promise<Viewer> {
    const apiToken = token.startsWith(API_TOKEN_PREFIX) ? await tokenBySecretHash(this.em, hashSecret(token)) : null;
    const now = new Date();
    if (
      !apiToken ||
      apiToken.revokedAt ||
      (apiToken.expiresAt && apiToken.expiresAt <= now) ||
      !apiToken.account.active
    ) {
      throw new UnauthenticatedError('The API token is unknown, expired or revoked.');
    }
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    }
    return viewerOfRow(apiToken.account, { kind: 'token', tokenId: apiToken.id });
  }
}
