import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { VIEWPORTS } from './browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, submitSignIn } from './sign-in.js';

/**
 * A cheap phone on patchy mobile data, as issue 15 describes it: a CPU four times slower than this
 * machine's, 1.6 Mbps down, 750 kbps up, 150 ms round trip (Chrome DevTools' throttling via CDP).
 */
export const PHONE_PROFILE = { cpuSlowdown: 4, downloadKbps: 1600, uploadKbps: 750, rttMs: 150 } as const;

/** The budgets of issue 15. Bytes are deterministic and fail the tests; times are reported. */
export const BUDGETS = {
  /** JavaScript and CSS transferred (compressed, headers included) by one landing page. */
  scriptAndStyleBytes: 250 * 1024,
  /** Main content visible on a cold, throttled visit. */
  coldVisibleMs: 5000,
  /** Main content visible on a warm repeat visit, throttled too. */
  warmVisibleMs: 1500,
} as const;

/** Each role's landing page and the element that means "the page is there" (the real content, not a spinner). */
export const LANDING_PAGES = [
  {
    role: 'director',
    path: '/',
    mainContent: 'the lacking-wards table',
    selector: 'section[aria-labelledby="lacking-heading"] table tbody tr',
  },
  {
    role: 'coordinator',
    path: '/workspace',
    mainContent: 'the workspace cards',
    selector: '[data-testid^="workspace-ward-"]',
  },
  {
    role: 'viewer',
    path: '/',
    mainContent: 'the list of provinces',
    selector: 'main ul li a[href^="/provinces/"]',
    // A list of links: it must not download the province dashboard (its table library, its
    // filters), which it did through a static import until 2026-12-04 (238.9 KB then).
    scriptAndStyleBudget: 215 * 1024,
  },
] as const satisfies readonly {
  role: keyof typeof DEMO_ACCOUNTS;
  path: string;
  mainContent: string;
  selector: string;
  /** Tighter than BUDGETS.scriptAndStyleBytes for a page that needs less. */
  scriptAndStyleBudget?: number;
}[];

/** The most JavaScript and CSS a landing page may transfer on a cold visit. */
export function scriptAndStyleBudget(landing: LandingPage): number {
  return 'scriptAndStyleBudget' in landing ? landing.scriptAndStyleBudget : BUDGETS.scriptAndStyleBytes;
}

export type LandingPage = (typeof LANDING_PAGES)[number];

/** Bytes by the kind of resource Chromium reports (Script, Stylesheet, Font, Document, Fetch, …). */
export type BytesByType = Record<string, number>;

export type VisitMeasurement = {
  /**
   * Milliseconds from navigation start until the main content was in the page and painted: the
   * live app's, or on a warm visit the last screen's copy (client/src/lib/last-screen.ts).
   */
  mainVisibleMs: number;
  /** Until the live app's own main content was painted, the copy gone (equal to the above without a copy). */
  mainLiveMs: number;
  /** Whether the last screen's copy was shown on this visit. */
  lastScreenShown: boolean;
  /** First contentful paint, for comparison with what the person waits for. */
  firstContentfulPaintMs: number | null;
  /** Everything the page transferred until the network was quiet (encodedDataLength: compressed, with headers). */
  bytes: BytesByType;
  totalBytes: number;
  scriptAndStyleBytes: number;
  /** Requests answered by the service worker or the HTTP cache (no bytes on the network). */
  servedLocally: number;
  requests: number;
};

/** The app's pages, with each request's size and kind collected from CDP's Network domain. */
class NetworkLedger {
  private readonly kinds = new Map<string, string>();
  private readonly local = new Set<string>();
  readonly bytes = new Map<string, number>();

  constructor(cdp: CDPSession) {
    cdp.on('Network.responseReceived', (event) => {
      this.kinds.set(event.requestId, event.type);
      if (event.response.fromServiceWorker || event.response.fromDiskCache) this.local.add(event.requestId);
    });
    cdp.on('Network.requestServedFromCache', (event) => this.local.add(event.requestId));
    cdp.on('Network.loadingFinished', (event) => {
      this.bytes.set(event.requestId, (this.bytes.get(event.requestId) ?? 0) + event.encodedDataLength);
    });
  }

  summary(): Pick<VisitMeasurement, 'bytes' | 'totalBytes' | 'scriptAndStyleBytes' | 'servedLocally' | 'requests'> {
    const bytes: BytesByType = {};
    for (const [requestId, size] of this.bytes) {
      // Served from the service worker's cache or memory: nothing crossed the network.
      const transferred = this.local.has(requestId) ? 0 : size;
      const kind = this.kinds.get(requestId) ?? 'Other';
      bytes[kind] = (bytes[kind] ?? 0) + transferred;
    }
    const totalBytes = Object.values(bytes).reduce((sum, size) => sum + size, 0);
    return {
      bytes,
      totalBytes,
      scriptAndStyleBytes: (bytes['Script'] ?? 0) + (bytes['Stylesheet'] ?? 0),
      servedLocally: this.local.size,
      requests: this.bytes.size,
    };
  }
}

/** Slows the page like the phone profile. Must be applied to every new page (CDP is per target). */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.rttMs,
    downloadThroughput: (PHONE_PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (PHONE_PROFILE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
}

/** The last screen's copy, shown before the app's modules run (client/src/lib/last-screen.ts). */
export const LAST_SCREEN_SELECTOR = '#last-screen';

/**
 * Records, inside the page, the moment `selector` first matches (`__mainVisibleAt`: the copy of
 * the last screen counts) and the moment it first matches in the live app with the copy gone
 * (`__mainLiveAt`), each at the animation frame after (when it is painted), relative to the
 * navigation's start; `__lastScreenShown` if the copy was ever there. A string, not a function:
 * tsx's helpers (`__name`) do not exist in the page.
 */
export function watchFor(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const copy = ${JSON.stringify(LAST_SCREEN_SELECTOR)};
    const mark = (name) => {
      window[name] = -1;
      requestAnimationFrame(() => (window[name] = performance.now()));
    };
    const check = () => {
      const copyShown = document.querySelector(copy) !== null;
      if (copyShown) window.__lastScreenShown = true;
      if (window.__mainVisibleAt === undefined && document.querySelector(selector)) mark('__mainVisibleAt');
      const live = !copyShown && [...document.querySelectorAll(selector)].some((element) => !element.closest(copy));
      if (window.__mainLiveAt === undefined && live) mark('__mainLiveAt');
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`;
}

/** Waits until no request has been in flight for `quietMs` (the lazy panels and fonts included). */
async function networkQuiet(cdp: CDPSession, quietMs = 1000, limitMs = 60_000): Promise<void> {
  const inFlight = new Set<string>();
  let lastChange = Date.now();
  const start = (event: { requestId: string }) => (inFlight.add(event.requestId), (lastChange = Date.now()));
  const end = (event: { requestId: string }) => (inFlight.delete(event.requestId), (lastChange = Date.now()));
  cdp.on('Network.requestWillBeSent', start);
  cdp.on('Network.loadingFinished', end);
  cdp.on('Network.loadingFailed', end);
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastChange < quietMs)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * What happens while the person reads the page after a first visit: the service worker finishes
 * installing, and a build that keeps the last screen (client/src/lib/last-screen.ts) saves it once
 * the page has settled. Each waited for, at most 20 s.
 */
export async function whileReading(page: Page): Promise<void> {
  await page.evaluate(
    'Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(r, 20000))])',
  );
  const keepsLastScreen = (await page.evaluate(
    `[...document.scripts].some((script) => !script.src && script.textContent.includes('tripartite.lastScreen'))`,
  )) as boolean;
  if (keepsLastScreen)
    await page.waitForFunction(`localStorage.getItem('tripartite.lastScreen') !== null`, undefined, {
      timeout: 20_000,
    });
}

/** Opens `url` in a new throttled page of `context` and measures it until the network is quiet. */
export async function measureVisit(
  context: BrowserContext,
  url: string,
  selector: string,
  beforeContent?: (page: Page) => Promise<void>,
): Promise<VisitMeasurement & { page: Page }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const ledger = new NetworkLedger(cdp);
  await page.addInitScript(watchFor(selector));
  await page.goto(url, { waitUntil: 'commit' });
  await beforeContent?.(page);
  await page.waitForFunction('(window.__mainVisibleAt ?? -1) > 0 && (window.__mainLiveAt ?? -1) > 0', undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const [mainVisibleMs, mainLiveMs, lastScreenShown, firstContentfulPaintMs] = (await page.evaluate(
    `[window.__mainVisibleAt, window.__mainLiveAt, window.__lastScreenShown === true, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null]`,
  )) as [number, number, boolean, number | null];
  await networkQuiet(cdp);
  return {
    page,
    mainVisibleMs: Math.round(mainVisibleMs),
    mainLiveMs: Math.round(mainLiveMs),
    lastScreenShown,
    firstContentfulPaintMs,
    ...ledger.summary(),
  };
}

/** A fresh browser context: an empty HTTP cache, no service worker, no storage. */
export function coldContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
}

/** Signs `context` in over the API, so the visit starts with the session cookie already set. */
export async function signInOverApi(context: BrowserContext, baseUrl: string, role: LandingPage['role']) {
  const response = await context.request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query:
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }',
      variables: { email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD },
    },
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`Signing in as ${role} failed: ${JSON.stringify(body.errors)}`);
}

/** Bytes the service worker fetched in the background to work offline (its own resource timings). */
export async function serviceWorkerBytes(context: BrowserContext): Promise<number | null> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return null;
  return (await worker.evaluate(
    `performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.transferSize, 0)`,
  )) as number;
}

export type LandingMeasurement = {
  role: LandingPage['role'];
  path: string;
  mainContent: string;
  /** Signed in beforehand (cookie set), empty cache. */
  cold: VisitMeasurement;
  /** The same person opening the page again later: caches and service worker in place. */
  warm: VisitMeasurement;
  /** Not signed in: the sign-in page, the form filled in and sent, then the landing page. */
  throughSignIn: VisitMeasurement;
  /** What the service worker downloaded in the background after the cold visit, to work offline. */
  serviceWorkerBytes: number | null;
};

/** One role's landing page: cold (signed in), warm repeat, and through the sign-in page. */
export async function measureLandingPage(browser: Browser, baseUrl: string, landing: LandingPage) {
  const url = `${baseUrl}${landing.path}`;
  const context = await coldContext(browser);
  try {
    await signInOverApi(context, baseUrl, landing.role);
    const { page: coldPage, ...cold } = await measureVisit(context, url, landing.selector);
    await whileReading(coldPage);
    const swBytes = await serviceWorkerBytes(context);
    await coldPage.close();
    const { page: warmPage, ...warm } = await measureVisit(context, url, landing.selector);
    await warmPage.close();

    const signInContext = await coldContext(browser);
    try {
      const { page, ...throughSignIn } = await measureVisit(signInContext, url, landing.selector, (page) =>
        submitSignIn(page, DEMO_ACCOUNTS[landing.role], DEMO_PASSWORD),
      );
      await page.close();
      return {
        role: landing.role,
        path: landing.path,
        mainContent: landing.mainContent,
        cold,
        warm,
        throughSignIn,
        serviceWorkerBytes: swBytes,
      } satisfies LandingMeasurement;
    } finally {
      await signInContext.close();
    }
  } finally {
    await context.close();
  }
}
