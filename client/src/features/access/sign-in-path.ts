/** The sign-in page's address. */
export const SIGN_IN_PATH = '/sign-in';

/** The sign-in page, remembering the page the person wanted so it can return there. */
export function signInPathReturningTo(wanted: { pathname: string; search: string; hash: string }): string {
  const next = `${wanted.pathname}${wanted.search}${wanted.hash}`;
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next })}`;
}

/**
 * Where to go after signing in. Only a path on this site is followed (`/…`, not `//host` or
 * `https://…`), so a crafted link cannot send someone elsewhere after they sign in.
 */
export function pathAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
