import { useLayoutEffect } from 'react';
import {
  entryStylesheet,
  forgetLastScreen,
  landingPathFor,
  LAST_SCREEN_KEY,
  type LastScreen,
  removeLastScreen,
  screenAddress,
  shownLastScreen,
  SIGNED_IN_ACCOUNT_KEY,
} from './last-screen';
import { NARROW_SCREEN_QUERY } from './narrow-screen-query';
import { storedLanguage } from './stored-language';

/**
 * The app's side of the last screen (last-screen.ts): it removes the copy the moment its own
 * content is committed, or anything else is (another page, an error, another account), and it
 * saves a new copy of a landing page once its content has settled and whenever the page is hidden.
 */

/** Quiet this long (no change in #root) and the screen counts as settled: its refresh is in. */
const SETTLED_MS = 2000;

const inBrowser = typeof document !== 'undefined';

let account: { id: string; role: string } | null = null;
/** Landing-page content on screen now (mounted and committed). */
let contentShown = 0;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let observer: MutationObserver | undefined;

/** Shows the live app: removes the copy, if one is shown. */
export function revealLiveScreen(): void {
  if (inBrowser) removeLastScreen(document);
}

/** The router is somewhere else than the copy shows (a redirect, the sign-in page): the copy goes. */
export function revealUnlessAt(location: { pathname: string; search: string }): void {
  const shown = inBrowser ? shownLastScreen(document) : null;
  if (shown && shown.path !== screenAddress(location)) revealLiveScreen();
}

/**
 * RequireViewer's answer: an account (from the device's cache, or `confirmed` by the server), or
 * nobody (confirmed). Another account than the copy's removes and forgets it; a confirmed account
 * is remembered as the one whose copy the next visit may show.
 */
export function noteSignedInAccount(viewer: { id: string; role: string } | null): void {
  if (!viewer) {
    account = null;
    forgetLastScreenOnDevice();
    return;
  }
  account = viewer;
  const shown = inBrowser ? shownLastScreen(document) : null;
  if (shown && shown.accountId !== viewer.id) forgetLastScreenOnDevice();
}

/** The server confirmed who is signed in: their copy, and only theirs, may be shown next time. */
export function confirmSignedInAccount(id: string): void {
  try {
    if (localStorage.getItem(SIGNED_IN_ACCOUNT_KEY) === id) return;
    localStorage.removeItem(LAST_SCREEN_KEY);
    localStorage.setItem(SIGNED_IN_ACCOUNT_KEY, id);
  } catch {
    // Storage disabled: no copy is kept.
  }
}

/** Signing in or out, or a session that ended: no copy survives it, and none is shown. */
export function forgetLastScreenOnDevice(): void {
  revealLiveScreen();
  forgetLastScreen();
}

/**
 * A landing page's main content is committed (`shown`): the copy goes before the browser paints
 * (a layout effect: the live content replaces it in the same frame), and the page is copied once
 * it has settled. Called by the components that render the landing pages' main content; on other
 * pages it only removes a copy (none is shown there) and saves nothing.
 */
export function useLiveContent(shown: boolean): void {
  useLayoutEffect(() => {
    if (!shown) return;
    revealLiveScreen();
    contentShown++;
    saveWhenSettled();
    return () => {
      contentShown--;
      if (contentShown === 0) stopWatching();
    };
  }, [shown]);
}

function saveWhenSettled(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (!observer) {
    observer = new MutationObserver(restartSettling);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  restartSettling();
}

function restartSettling(): void {
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(saveLastScreen, { timeout: SETTLED_MS });
    else saveLastScreen();
  }, SETTLED_MS);
}

function stopWatching(): void {
  clearTimeout(settleTimer);
  observer?.disconnect();
  observer = undefined;
}

/**
 * The route chunks' stylesheets as text, which the copy must not wait for: every linked one but
 * the entry's, which index.html links itself (Mantine's <style> elements are inside #root).
 */
function routeStylesheets(): string {
  const entry = entryStylesheet(document);
  let css = '';
  for (const sheet of document.styleSheets) {
    const owner = sheet.ownerNode;
    if (!(owner instanceof HTMLLinkElement) || owner.getAttribute('href') === entry) continue;
    try {
      for (const rule of sheet.cssRules) css += rule.cssText;
    } catch {
      // Another origin's sheet: not ours to copy.
    }
  }
  return css;
}

/** What the page is now, as far as copying it goes. */
export type PageNow = {
  /** The account RequireViewer holds, and whether a landing page's content is on screen. */
  account: { id: string; role: string } | null;
  contentShown: boolean;
  /** A copy is still shown (the live app has not taken over). */
  copyShown: boolean;
  location: { pathname: string; search: string };
  /** The account the server last confirmed on this device (another tab may have changed it). */
  confirmedAccountId: string | null;
  storedLanguage: string;
  /** <html lang>: the language the page is in now. */
  shownLanguage: string;
} & Pick<LastScreen, 'narrow' | 'build' | 'colorScheme' | 'title' | 'html' | 'css' | 'savedAt'>;

/**
 * The copy to keep of the page as it is now, or null: only the signed-in account's own landing
 * page, with its content on screen, in the language remembered, never over another account's.
 */
export function screenToSave(page: PageNow): LastScreen | null {
  const { account } = page;
  if (!account || !page.contentShown || page.copyShown) return null;
  if (landingPathFor(account.role) !== page.location.pathname) return null;
  if (page.confirmedAccountId !== account.id || page.shownLanguage !== page.storedLanguage) return null;
  return {
    version: 1,
    path: screenAddress(page.location),
    language: page.storedLanguage,
    accountId: account.id,
    narrow: page.narrow,
    savedAt: page.savedAt,
    build: page.build,
    colorScheme: page.colorScheme,
    title: page.title,
    html: page.html,
    css: page.css,
  };
}

/** Copies the landing page on screen now, if it may be (screenToSave). */
function saveLastScreen(): void {
  const root = document.getElementById('root');
  // Cheap checks first: serializing the page is not.
  if (!root || !account || contentShown === 0 || landingPathFor(account.role) !== location.pathname) return;
  try {
    const screen = screenToSave({
      account,
      contentShown: contentShown > 0,
      copyShown: shownLastScreen(document) !== null,
      location,
      confirmedAccountId: localStorage.getItem(SIGNED_IN_ACCOUNT_KEY),
      storedLanguage: storedLanguage(localStorage),
      shownLanguage: document.documentElement.lang,
      narrow: matchMedia(NARROW_SCREEN_QUERY).matches,
      savedAt: Date.now(),
      build: entryStylesheet(document),
      colorScheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
      title: document.title,
      html: root.innerHTML,
      css: routeStylesheets(),
    });
    if (screen) localStorage.setItem(LAST_SCREEN_KEY, JSON.stringify(screen));
  } catch {
    // Storage full or disabled: no copy next time, the app starts as before.
  }
}

if (inBrowser) {
  // Leaving, switching apps, locking the phone: the screen as it is now is the one to show next.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveLastScreen();
  });
  addEventListener('pagehide', saveLastScreen);
}
