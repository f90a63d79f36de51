import { NARROW_SCREEN_QUERY } from './narrow-screen-query';
import { storedLanguage } from './stored-language';

/**
 * The last screen: a copy of a landing page as the person last saw it on this device, shown by a
 * classic script in index.html before any of the app's modules run, until the live app has its own
 * content on screen (issue 15's warm visit; see docs/phone-and-offline.md, "Ninth round"). This
 * file is the rules both sides share: which copy may be shown, and how it is shown and removed. It
 * imports nothing heavy: it is bundled on its own into index.html (client/last-screen-script.ts).
 */

/** Where the copy is kept (localStorage: read synchronously before the first paint; under 100 KB). */
export const LAST_SCREEN_KEY = 'tripartite.lastScreen';
/**
 * The account the server last confirmed signed in on this device. The script cannot ask (the
 * session cookie is httpOnly), so a copy is shown only for that account; signing in or out
 * forgets it, and a tab still open for another account cannot save over it.
 */
export const SIGNED_IN_ACCOUNT_KEY = 'tripartite.signedInAccount';
/** The copy's container, after #root in <body>. */
export const LAST_SCREEN_ID = 'last-screen';
/** On <html> while the copy is shown: #root is laid out but not shown (no spinner, no blank frame). */
const SHOWING_ATTRIBUTE = 'data-last-screen';
/** A copy older than this is not shown: a week-old screen is more misleading than a spinner. */
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** The copy goes after this even if the app has not shown its own content (a failed start). */
export const SHOW_LIMIT_MS = 10_000;

/** Each role's landing page: only these are copied (issue 15's three warm-visit pages). */
const LANDING_PATHS: Partial<Record<string, string>> = { DIRECTOR: '/', COORDINATOR: '/workspace', VIEWER: '/' };

export function landingPathFor(role: string): string | undefined {
  return LANDING_PATHS[role];
}

export type LastScreen = {
  version: 1;
  path: string;
  language: string;
  accountId: string;
  /** Phone-narrow (the layout differs by a JavaScript media query, lib/use-narrow-screen.ts). */
  narrow: boolean;
  savedAt: number;
  /** The entry stylesheet's address: another build may name its classes differently. */
  build: string;
  colorScheme: string | null;
  title: string;
  /** #root's HTML (Mantine's <style> elements are inside it). */
  html: string;
  /** The route chunks' stylesheets, which index.html does not load. */
  css: string;
};

/** What this visit is: a copy is shown only if it was saved for exactly this. */
export type ThisVisit = {
  path: string;
  language: string;
  narrow: boolean;
  build: string;
  /** The account last confirmed signed in here; none, no copy. */
  accountId: string | null;
  now: number;
};

function isLastScreen(value: unknown): value is LastScreen {
  if (typeof value !== 'object' || value === null) return false;
  const screen = value as Record<string, unknown>;
  return (
    screen['version'] === 1 &&
    typeof screen['html'] === 'string' &&
    typeof screen['css'] === 'string' &&
    typeof screen['savedAt'] === 'number'
  );
}

/** The copy kept on this device if it may be shown on this visit, else null. */
export function chooseLastScreen(stored: string | null, visit: ThisVisit): LastScreen | null {
  if (!stored || !visit.accountId) return null;
  let screen: unknown;
  try {
    screen = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isLastScreen(screen)) return null;
  const age = visit.now - screen.savedAt;
  const same =
    screen.accountId === visit.accountId &&
    screen.path === visit.path &&
    screen.language === visit.language &&
    screen.narrow === visit.narrow &&
    screen.build === visit.build;
  return same && age >= 0 && age <= MAX_AGE_MS ? screen : null;
}

/** The address of the first stylesheet index.html links (the build's entry CSS); '' in development. */
export function entryStylesheet(doc: Document): string {
  return doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
}

/** The address a copy is kept for: the path and the query (the lacking list's search and filter live in it). */
export function screenAddress(location: { pathname: string; search: string }): string {
  return location.pathname + location.search;
}

/** This visit as the script in index.html sees it, before the app's modules run. */
export function thisVisit(doc: Document, win: Window, now = Date.now()): ThisVisit {
  let accountId: string | null = null;
  try {
    accountId = win.localStorage.getItem(SIGNED_IN_ACCOUNT_KEY);
  } catch {
    // Storage disabled: nothing was kept either.
  }
  return {
    path: screenAddress(win.location),
    language: storedLanguage(win.localStorage),
    narrow: win.matchMedia(NARROW_SCREEN_QUERY).matches,
    build: entryStylesheet(doc),
    accountId,
    now,
  };
}

/**
 * Shows the copy kept for this visit, if any: inert and hidden from screen readers (a dead copy
 * must not take taps or be read out as the page), placed where #root's content will be, #root
 * hidden meanwhile. Returns whether it did.
 */
export function showLastScreen(doc: Document, win: Window): boolean {
  let stored: string | null;
  try {
    stored = win.localStorage.getItem(LAST_SCREEN_KEY);
  } catch {
    return false;
  }
  const screen = chooseLastScreen(stored, thisVisit(doc, win));
  if (!screen) return false;
  const html = doc.documentElement;
  // Mantine's colours are variables under [data-mantine-color-scheme]; its provider sets it later.
  if (screen.colorScheme) html.setAttribute('data-mantine-color-scheme', screen.colorScheme);
  html.lang = screen.language;
  doc.title = screen.title;
  html.setAttribute(SHOWING_ATTRIBUTE, '');
  const copy = doc.createElement('div');
  copy.id = LAST_SCREEN_ID;
  copy.inert = true;
  copy.setAttribute('aria-hidden', 'true');
  copy.dataset['path'] = screen.path;
  copy.dataset['account'] = screen.accountId;
  // The rule hiding #root lives in the copy: removing the copy shows #root in the same frame. The
  // copied "live" indicator is hidden (its place kept): the copy is not connected to anything.
  const hideLive = `html[${SHOWING_ATTRIBUTE}] #root{visibility:hidden}#${LAST_SCREEN_ID}{position:absolute;top:0;left:0;width:100%}#${LAST_SCREEN_ID} [data-testid=live-indicator]{visibility:hidden}`;
  copy.innerHTML = `<style>${hideLive}${screen.css}</style>${screen.html}`;
  doc.body.append(copy);
  win.setTimeout(() => removeLastScreen(doc), SHOW_LIMIT_MS);
  return true;
}

/** The copy being shown, if any (its path and account), for the app to compare with its own. */
export function shownLastScreen(doc: Document): { path: string; accountId: string } | null {
  const copy = doc.getElementById(LAST_SCREEN_ID);
  if (!copy) return null;
  return { path: copy.dataset['path'] ?? '', accountId: copy.dataset['account'] ?? '' };
}

/** Removes the copy and shows #root: in the same frame when called before the browser paints. */
export function removeLastScreen(doc: Document): void {
  doc.getElementById(LAST_SCREEN_ID)?.remove();
  doc.documentElement.removeAttribute(SHOWING_ATTRIBUTE);
}

/** Forgets the copy and the confirmed account (signing in or out, a session that ended). */
export function forgetLastScreen(storage: Pick<Storage, 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(LAST_SCREEN_KEY);
    storage?.removeItem(SIGNED_IN_ACCOUNT_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
