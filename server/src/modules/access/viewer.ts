import type { Role } from '@tripartite/shared';

/**
 * Who is asking, as established once per request from the session cookie or the API token.
 * Everything a permission check needs is here, so checks do not reload the account.
 */
export type Viewer = {
  accountId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The director's agency; null for other roles. */
  agencyId: string | null;
  /** The coordinator's post office; null for other roles. */
  postOfficeId: string | null;
  /**
   * How the request proved who it is: a browser session, a personal API token, or a command run
   * on the server by someone with access to its database, recording changes as this account.
   */
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string } | { kind: 'command-line' };
};

/** How the actor is written into history and the audit trail: readable, and stable once written. */
export function actorLabel(viewer: Viewer): string {
  return `${viewer.displayName} <${viewer.email}>`;
}
