import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookie } from '../graphql/request-context.js';

/**
 * The admin app's session cookie: only `/graphql` and the printable agreements
 * (`/agreements/{id}/document.pdf`, opened by a plain link) need it, so it is written once for
 * each of those paths and sent nowhere else.
 */
export const SESSION_COOKIE_NAME = 'tripartite_session';
const COOKIE_PATHS = ['/graphql', '/agreements'];

/**
 * httpOnly (scripts cannot read it), SameSite=Strict (no other site's page can send it) and,
 * behind HTTPS, Secure. With Apollo's CSRF prevention on, a forged request cannot use it.
 */
export function sessionCookieOf(request: Request, response: Response, options: { secure: boolean }): SessionCookie {
  const header = request.headers.cookie;
  const secret = header ? (parseCookie(header)[SESSION_COOKIE_NAME] ?? null) : null;
  const write = (value: string, expires: Date) => {
    for (const path of COOKIE_PATHS) {
      response.append(
        'Set-Cookie',
        stringifySetCookie({
          name: SESSION_COOKIE_NAME,
          value,
          expires,
          path,
          httpOnly: true,
          sameSite: 'strict',
          secure: options.secure,
        }),
      );
    }
  };
  return {
    secret,
    set: (value, expiresAt) => write(value, expiresAt),
    clear: () => write('', new Date(0)),
  };
}
