import type { StorageAdapter } from '@urql/exchange-graphcache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewerQuery } from '../features/access/access-documents';
import { createUrqlClient } from './urql-client';

type Entries = Parameters<StorageAdapter['writeData']>[0];

const COORDINATOR = {
  viewer: {
    __typename: 'Account',
    id: 'acc-1',
    email: 'dieu.phoi@tripartite.local',
    displayName: 'Điều phối viên',
    role: 'COORDINATOR',
    agency: null,
    postOffice: { __typename: 'PostOffice', id: 'po-1', name: 'Bưu điện Thành phố Hồ Chí Minh' },
  },
};

/** The device's cache, as Graphcache's IndexedDB storage would hand it over: read when `release` is called. */
function deviceCache(entries: Entries) {
  let release!: () => void;
  const readable = new Promise<void>((resolve) => (release = resolve));
  const storage: StorageAdapter = {
    readData: async () => {
      await readable;
      return entries;
    },
    writeData: () => Promise.resolve(),
    readMetadata: () => Promise.resolve(null),
    writeMetadata: () => undefined,
    onOnline: () => undefined,
  };
  return { storage, release };
}

/**
 * What a first, online visit leaves on the device for the viewer, in Graphcache's storage format
 * (a key per entity field; a link starts with ":"). Written out because Graphcache does not
 * persist under NODE_ENV=test.
 */
function entriesOfAnOnlineVisit(): Entries {
  const { viewer } = COORDINATOR;
  const fields = (key: string, values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([field, value]) => [`${key}.${field}`, JSON.stringify(value)]));
  return {
    'Query.viewer': ':"Account:acc-1"',
    ...fields('Account:acc-1', {
      __typename: 'Account',
      id: viewer.id,
      email: viewer.email,
      displayName: viewer.displayName,
      role: viewer.role,
    }),
    'Account:acc-1.agency': ':null',
    'Account:acc-1.postOffice': ':"PostOffice:po-1"',
    ...fields('PostOffice:po-1', viewer.postOffice),
  };
}

describe('a reload without a network, answered from the device cache', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("answers a query asked before the device's cache was read from that cache, with no empty answer first", async () => {
    const entries = entriesOfAnOnlineVisit();
    const sent: string[] = [];
    // No network: every request fails as a phone's browser fails it.
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(String(init.body ?? _url));
      throw new TypeError('Failed to fetch');
    });
    const device = deviceCache(entries);
    const client = createUrqlClient({ onUnauthenticated: () => undefined, storage: device.storage });
    const answers: (string | null | undefined)[] = [];
    const subscription = client
      .query(ViewerQuery, {}, { requestPolicy: 'cache-and-network' })
      .subscribe((result) => answers.push(result.data?.viewer?.id));
    // The page asks before IndexedDB has answered (a slow phone, a large cache).
    await new Promise((resolve) => setTimeout(resolve, 20));
    device.release();
    await vi.waitFor(() => expect(answers).toContain('acc-1'), { timeout: 2_000 });
    // And no empty answer came first: RequireViewer takes one for "nobody is signed in" and
    // shows the sign-in page (the request waited for the cache, hydration-gate.ts).
    expect(answers[0]).toBe('acc-1');
    subscription.unsubscribe();
  });
});
