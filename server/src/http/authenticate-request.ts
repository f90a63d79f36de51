import type { EntityManager } from '@mikro-orm/sql';
import type { Request } from 'express';
import { UnauthenticatedError } from '../errors.js';
import type { SessionCookie } from '../graphql/request-context.js';
import { AuthenticationService } from '../modules/accounts/authentication.service.js';
import type { Viewer } from '../modules/access/viewer.js';

/**
 * Who the request comes from: an `Authorization: Bearer` API token (developers' tools) or the
 * session cookie (the admin app). A token that does not work is reported, not ignored, so a
 * script with a revoked token fails loudly instead of reading as anonymous.
 */
export async function authenticateRequest(
  em: EntityManager,
  request: Request,
  cookie: SessionCookie,
): Promise<{ viewer: Viewer | null; problem: string | null; rejectedToken: boolean }> {
  const authorization = request.get('authorization');
  const authentication = new AuthenticationService(em);
  if (authorization) {
    const [scheme, token] = authorization.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      return { viewer: null, problem: 'The Authorization header must be `Bearer <API token>`.', rejectedToken: true };
    }
    try {
      return { viewer: await authentication.viewerFromToken(token), problem: null, rejectedToken: false };
    } catch (error) {
      if (error instanceof UnauthenticatedError) return { viewer: null, problem: error.message, rejectedToken: true };
      throw error;
    }
  }
  if (cookie.secret) {
    const viewer = await authentication.viewerFromSession(cookie.secret);
    return viewer
      ? { viewer, problem: null, rejectedToken: false }
      : { viewer: null, problem: 'Your session has ended; sign in again.', rejectedToken: false };
  }
  return { viewer: null, problem: null, rejectedToken: false };
}
