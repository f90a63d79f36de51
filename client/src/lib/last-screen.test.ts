import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionClients } from '../features/access/session-clients';
import { forgetThisDevice } from './device-data';
import {
  chooseLastScreen,
  LAST_SCREEN_KEY,
  type LastScreen,
  MAX_AGE_MS,
  SIGNED_IN_ACCOUNT_KEY,
  type ThisVisit,
} from './last-screen';
import { type PageNow, screenToSave } from './live-screen';

// No IndexedDB here: the device's Graphcache copy is a stand-in that keeps nothing.
vi.mock('./offline-storage', () => {
  const nothingKept = () => ({
    readData: () => Promise.resolve({}),
    writeData: () => Promise.resolve(),
    readMetadata: () => Promise.resolve(null),
    writeMetadata: () => undefined,
    onOnline: () => undefined,
    onCacheHydrated: () => undefined,
  });
  return {
    persistedCacheStorage: nothingKept,
    clearedCacheStorage: nothingKept,
    clearCacheStorage: () => Promise.resolve(),
  };
});

const NOW = Date.UTC(2026, 11, 5, 10);
const DIRECTOR = { id: 'account-director', role: 'DIRECTOR' };
const COORDINATOR = { id: 'account-coordinator', role: 'COORDINATOR' };

/** The director's dashboard on a phone, in Vietnamese, content on screen. */
function pageNow(change: Partial<PageNow> = {}): PageNow {
  return {
    account: DIRECTOR,
    contentShown: true,
    copyShown: false,
    location: { pathname: '/', search: '' },
    confirmedAccountId: DIRECTOR.id,
    storedLanguage: 'vi',
    shownLanguage: 'vi',
    narrow: true,
    savedAt: NOW,
    build: '/assets/index-abc.css',
    colorScheme: 'light',
    title: 'Thành phố Hồ Chí Minh · Tripartite',
    html: '<div class="mantine-AppShell-root">…</div>',
    css: '.row{color:red}',
    ...change,
  };
}

function visit(change: Partial<ThisVisit> = {}): ThisVisit {
  return {
    path: '/',
    language: 'vi',
    narrow: true,
    build: '/assets/index-abc.css',
    accountId: DIRECTOR.id,
    now: NOW + 60_000,
    ...change,
  };
}

const saved = (change: Partial<PageNow> = {}) => JSON.stringify(screenToSave(pageNow(change)));

describe('saving the last screen', () => {
  it("copies the signed-in account's own landing page with what it needs to be shown again", () => {
    expect(screenToSave(pageNow())).toEqual({
      version: 1,
      path: '/',
      language: 'vi',
      accountId: DIRECTOR.id,
      narrow: true,
      savedAt: NOW,
      build: '/assets/index-abc.css',
      colorScheme: 'light',
      title: 'Thành phố Hồ Chí Minh · Tripartite',
      html: '<div class="mantine-AppShell-root">…</div>',
      css: '.row{color:red}',
    } satisfies LastScreen);
    expect(
      screenToSave(
        pageNow({
          account: COORDINATOR,
          confirmedAccountId: COORDINATOR.id,
          location: { pathname: '/workspace', search: '' },
        }),
      )?.path,
    ).toBe('/workspace');
    // The lacking list's search and filter are part of what was seen.
    expect(screenToSave(pageNow({ location: { pathname: '/', search: '?status=DRAFT' } }))?.path).toBe(
      '/?status=DRAFT',
    );
  });

  it('copies only a landing page, with its content on screen and no copy over it', () => {
    expect(screenToSave(pageNow({ location: { pathname: '/provinces/79', search: '' } }))).toBeNull();
    // A coordinator's landing page is the workspace, not `/`.
    expect(screenToSave(pageNow({ account: COORDINATOR, confirmedAccountId: COORDINATOR.id }))).toBeNull();
    expect(screenToSave(pageNow({ account: { id: 'admin', role: 'ADMIN' }, confirmedAccountId: 'admin' }))).toBeNull();
    expect(screenToSave(pageNow({ contentShown: false }))).toBeNull();
    expect(screenToSave(pageNow({ copyShown: true }))).toBeNull();
    expect(screenToSave(pageNow({ account: null }))).toBeNull();
  });

  it("never copies over another account's (another tab signed someone else in), nor mid-way through a language switch", () => {
    expect(screenToSave(pageNow({ confirmedAccountId: COORDINATOR.id }))).toBeNull();
    expect(screenToSave(pageNow({ confirmedAccountId: null }))).toBeNull();
    expect(screenToSave(pageNow({ storedLanguage: 'en', shownLanguage: 'vi' }))).toBeNull();
  });
});

describe('choosing the last screen to show', () => {
  it('shows the copy kept for exactly this address, language, account, screen class and build', () => {
    expect(chooseLastScreen(saved(), visit())?.accountId).toBe(DIRECTOR.id);
    expect(chooseLastScreen(saved(), visit({ path: '/workspace' }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ path: '/?status=DRAFT' }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ language: 'en' }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ narrow: false }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ build: '/assets/index-new.css' }))).toBeNull();
  });

  it("never shows another account's copy, nor any when no account was confirmed on this device", () => {
    expect(chooseLastScreen(saved(), visit({ accountId: COORDINATOR.id }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ accountId: null }))).toBeNull();
  });

  it('shows a copy up to a week old, not older, nor one from the future (a clock set back)', () => {
    expect(chooseLastScreen(saved(), visit({ now: NOW + MAX_AGE_MS }))).not.toBeNull();
    expect(chooseLastScreen(saved(), visit({ now: NOW + MAX_AGE_MS + 1 }))).toBeNull();
    expect(chooseLastScreen(saved(), visit({ now: NOW - 1 }))).toBeNull();
  });

  it('shows nothing for nothing kept, or for something that is not a copy', () => {
    expect(chooseLastScreen(null, visit())).toBeNull();
    expect(chooseLastScreen('{not json', visit())).toBeNull();
    expect(chooseLastScreen(JSON.stringify({ ...screenToSave(pageNow()), version: 2 }), visit())).toBeNull();
    expect(chooseLastScreen(JSON.stringify({ ...screenToSave(pageNow()), html: 3 }), visit())).toBeNull();
  });
});

/** A localStorage of its own for the test, holding a saved copy, the confirmed account and a draft. */
function deviceStorage() {
  const items = new Map<string, string>([
    [LAST_SCREEN_KEY, saved()],
    [SIGNED_IN_ACCOUNT_KEY, DIRECTOR.id],
    ['tripartite.language', 'en'],
  ]);
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  vi.stubGlobal('localStorage', storage);
  return items;
}

describe('forgetting the last screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is forgotten when the person signs out (this device forgets what it kept)', async () => {
    const items = deviceStorage();
    await forgetThisDevice();
    expect(items.has(LAST_SCREEN_KEY)).toBe(false);
    expect(items.has(SIGNED_IN_ACCOUNT_KEY)).toBe(false);
    expect(items.get('tripartite.language')).toBe('en');
  });

  it('is forgotten when a new session starts (someone signs in, or the session ended)', () => {
    const sessions = new SessionClients();
    const items = deviceStorage();
    sessions.startNewSession();
    expect(items.has(LAST_SCREEN_KEY)).toBe(false);
    expect(items.has(SIGNED_IN_ACCOUNT_KEY)).toBe(false);
  });
});
