import type { MikroORM } from '@mikro-orm/sql';
import { Account } from '../modules/access/account.entity.js';
import { ApiToken } from '../modules/access/api-token.entity.js';
import { Session } from '../modules/access/session.entity.js';
import type { Viewer } from '../modules/access/viewer.js';
import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED, type LiveCredential, type Refusal } from './live-credential.js';

/** Ids per `IN (…)`: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_STATEMENT = 500;

type Waiting = { viewer: Viewer; resolve: (problem: Refusal | null) => void; reject: (error: unknown) => void };

/**
 * Whether live credentials still hold: the account enabled (else 4403), the session not signed
 * out or expired, the token not revoked or expired (else 4401). Every check asked for in the same
 * turn of the event loop is answered together, in three statements (accounts, sessions, tokens):
 * an event reaches every subscriber of an instance at once, and each connection's credential is
 * checked before its delivery, so 500 connections cost three statements rather than a thousand
 * (`pnpm bench:live`, bench/RESULTS.md).
 */
export class CredentialChecks {
  private waiting: Waiting[] = [];

  constructor(private readonly orm: MikroORM) {}

  /** Null while the credential holds; else how to close the connection. */
  problemOf(credential: LiveCredential): Promise<Refusal | null> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.answer());
      this.waiting.push({ viewer: credential.viewer, resolve, reject });
    });
  }

  private async answer(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const holding = await this.holding(batch.map((waiting) => waiting.viewer));
      for (const { viewer, resolve } of batch) resolve(problemOf(viewer, holding));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  /** The ids, among those asked about, of enabled accounts, live sessions and live tokens. */
  private async holding(viewers: Viewer[]): Promise<Holding> {
    const em = this.orm.em.fork();
    const now = new Date();
    const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
    const sessionIds = unique(viewers.map((viewer) => (viewer.via.kind === 'session' ? viewer.via.sessionId : null)));
    const tokenIds = unique(viewers.map((viewer) => (viewer.via.kind === 'token' ? viewer.via.tokenId : null)));
    const [accounts, sessions, tokens] = await Promise.all([
      idsAmong(unique(viewers.map((viewer) => viewer.accountId)), (ids) =>
        em
          .createQueryBuilder(Account)
          .select(['id'])
          .where({ id: { $in: ids }, active: true })
          .execute('all'),
      ),
      idsAmong(sessionIds, (ids) =>
        em
          .createQueryBuilder(Session)
          .select(['id'])
          .where({ id: { $in: ids }, expiresAt: { $gt: now } })
          .execute('all'),
      ),
      idsAmong(tokenIds, (ids) =>
        em
          .createQueryBuilder(ApiToken)
          .select(['id'])
          .where({ id: { $in: ids }, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] })
          .execute('all'),
      ),
    ]);
    return { accounts, sessions, tokens };
  }
}

/** The ids a query finds among `ids`, asked a few hundred at a time. */
async function idsAmong(ids: string[], find: (some: string[]) => Promise<{ id: string }[]>): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    for (const row of await find(ids.slice(start, start + IDS_PER_STATEMENT))) found.add(row.id);
  }
  return found;
}

type Holding = { accounts: Set<string>; sessions: Set<string>; tokens: Set<string> };

function problemOf(viewer: Viewer, holding: Holding): Refusal | null {
  if (!holding.accounts.has(viewer.accountId)) return { code: CLOSE_FORBIDDEN, reason: 'The account is disabled' };
  if (viewer.via.kind === 'session' && !holding.sessions.has(viewer.via.sessionId)) {
    return { code: CLOSE_UNAUTHORIZED, reason: 'The session has ended' };
  }
  if (viewer.via.kind === 'token' && !holding.tokens.has(viewer.via.tokenId)) {
    return { code: CLOSE_UNAUTHORIZED, reason: 'The API token was revoked or has expired' };
  }
  return null;
}
