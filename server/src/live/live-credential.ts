import type { MikroORM } from '@mikro-orm/sql';
import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';
import { UnauthenticatedError } from '../errors.js';
import { SESSION_COOKIE_NAME } from '../http/session-cookie.js';
import { ApiToken } from '../modules/access/api-token.entity.js';
import { Session } from '../modules/access/session.entity.js';
import type { Viewer } from '../modules/access/viewer.js';
import { AuthenticationService } from '../modules/accounts/authentication.service.js';

/** WebSocket close codes the app acts on: sign in again, or stop (the account is disabled). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/** Who a live connection speaks for, and until when. */
export type LiveCredential = { viewer: Viewer; expiresAt: Date | null };

export type Refusal = { code: number; reason: string };

/**
 * Authenticates a graphql-ws connection exactly like a request: `authorization: Bearer <token>`
 * in the connection_init payload (scripts), or else the session cookie sent with the upgrade
 * (the app). A cookie counts only when the page that opened the socket is ours (Origin matches
 * Host): browsers send cookies with cross-site WebSocket upgrades, and CORS does not apply to
 * them, so without this another site could open a socket as the signed-in person.
 */
export async function authenticateConnection(
  orm: MikroORM,
  request: IncomingMessage,
  params: Readonly<Record<string, unknown>> | undefined,
): Promise<LiveCredential | Refusal> {
  const em = orm.em.fork();
  const authentication = new AuthenticationService(em);
  const authorization = params?.['authorization'] ?? params?.['Authorization'];
  if (authorization !== undefined) {
    const [scheme, token] = typeof authorization === 'string' ? authorization.trim().split(/\s+/, 2) : [];
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      return { code: CLOSE_UNAUTHORIZED, reason: 'authorization must be `Bearer <API token>`' };
    }
    try {
      const viewer = await authentication.viewerFromToken(token);
      const via = viewer.via as { tokenId: string };
      const apiToken = await em.findOneOrFail(ApiToken, { id: via.tokenId });
      return { viewer, expiresAt: apiToken.expiresAt };
    } catch (error) {
      if (error instanceof UnauthenticatedError) return { code: CLOSE_UNAUTHORIZED, reason: error.message };
      throw error;
    }
  }
  const secret = request.headers.cookie ? parseCookie(request.headers.cookie)[SESSION_COOKIE_NAME] : undefined;
  if (!secret) return { code: CLOSE_UNAUTHORIZED, reason: 'Sign in, or send `authorization: Bearer <token>`' };
  if (!sameOrigin(request)) return { code: CLOSE_FORBIDDEN, reason: 'A session is accepted only from this site' };
  const viewer = await authentication.viewerFromSession(secret);
  if (!viewer) return { code: CLOSE_UNAUTHORIZED, reason: 'Your session has ended; sign in again' };
  const session = await em.findOneOrFail(Session, { id: (viewer.via as { sessionId: string }).sessionId });
  return { viewer, expiresAt: session.expiresAt };
}

/** The Origin's host is the Host the request came to (through a proxy that keeps the Host header). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
