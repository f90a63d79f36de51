import type { StorageAdapter } from '@urql/exchange-graphcache';
import type { OperationResult } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewerQuery } from '../features/access/access-documents';
import { QUIET_UNCHANGED_REFRESH } from './unchanged-answers';
import { createUrqlClient } from './urql-client';

const VIEWER = {
  __typename: 'Account',
  id: 'acc-1',
  email: 'giam.doc@tripartite.local',
  displayName: 'Giám đốc',
  role: 'DIRECTOR',
  agency: {
    __typename: 'Agency',
    id: 'ag-1',
    name: 'Sở Nội vụ',
    province: { __typename: 'Province', id: 'p-79', code: '79', fullName: 'Thành phố Hồ Chí Minh' },
  },
  postOffice: null,
};

/** The device's cache after an earlier visit, in Graphcache's storage format (a key per entity field). */
function deviceCacheWithViewer(): StorageAdapter {
  const fields = (key: string, values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([field, value]) => [`${key}.${field}`, JSON.stringify(value)]));
  const entries = {
    'Query.viewer': ':"Account:acc-1"',
    ...fields('Account:acc-1', {
      __typename: VIEWER.__typename,
      id: VIEWER.id,
      email: VIEWER.email,
      displayName: VIEWER.displayName,
      role: VIEWER.role,
    }),
    'Account:acc-1.agency': ':"Agency:ag-1"',
    'Account:acc-1.postOffice': ':null',
    ...fields('Agency:ag-1', { __typename: 'Agency', id: 'ag-1', name: VIEWER.agency.name }),
    'Agency:ag-1.province': ':"Province:p-79"',
    ...fields('Province:p-79', VIEWER.agency.province),
  };
  return {
    readData: () => Promise.resolve(entries),
    writeData: () => Promise.resolve(),
    readMetadata: () => Promise.resolve(null),
    writeMetadata: () => undefined,
    onOnline: () => undefined,
  };
}

/** The server's answer to the viewer query, as the fetch exchange receives it. */
function answer(viewer: typeof VIEWER): Response {
  return new Response(JSON.stringify({ data: { viewer } }), { headers: { 'content-type': 'application/json' } });
}

describe('an answer that did not change keeps the object the page holds', () => {
  afterEach(() => vi.unstubAllGlobals());

  // urql's useQuery reads the cached answer while the page renders (subscribing and unsubscribing
  // at once) and subscribes again in an effect once the page is committed. When the render does
  // not commit at once (a lazy part suspends it), nobody is subscribed in between: the operation
  // is torn down and Graphcache reads the same records into new objects. useQuery compares `data`
  // by identity, so a new object rendered the whole page a second time (issue 15).
  it('gives the same data object to a read after the operation was torn down', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('a cached answer needs no request')));
    const client = createUrqlClient({ onUnauthenticated: () => undefined, storage: deviceCacheWithViewer() });
    const duringRender = await client.query(ViewerQuery, {}).toPromise();
    const afterCommit = await client.query(ViewerQuery, {}).toPromise();
    expect(duringRender.data?.viewer?.displayName).toBe('Giám đốc');
    expect(afterCommit.data).toBe(duringRender.data);
  });

  it('gives the same object for an unchanged network answer, and a new one for a changed answer', async () => {
    const served = [VIEWER, { ...VIEWER, displayName: 'Giám đốc Sở' }];
    vi.stubGlobal('fetch', () => Promise.resolve(answer(served.shift()!)));
    const client = createUrqlClient({ onUnauthenticated: () => undefined, storage: deviceCacheWithViewer() });
    const cached = await client.query(ViewerQuery, {}).toPromise();
    const unchanged = await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(unchanged.data).toBe(cached.data);
    // Fresh data still gets through: a live update or a write elsewhere must show.
    const changed = await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(changed.data).not.toBe(cached.data);
    expect(changed.data?.viewer?.displayName).toBe('Giám đốc Sở');
  });
});

/** Every result one subscriber (a page's `useQuery`) gets for the viewer query, cached answer first. */
function watchViewer(client: ReturnType<typeof createUrqlClient>, context: object) {
  const results: OperationResult[] = [];
  const subscription = client
    .query(ViewerQuery, {}, { requestPolicy: 'cache-and-network', ...context })
    .subscribe((result) => results.push(result));
  return { results, stop: () => subscription.unsubscribe() };
}

describe('a refresh that comes back unchanged', () => {
  afterEach(() => vi.unstubAllGlobals());

  // A landing page asks with cache-and-network: the cached answer comes marked stale, and the
  // server's answer behind it. useQuery's state holds `stale`, so an unchanged answer that only
  // turned it false rendered the whole page again after its content (issue 15: workspace 230
  // components, dashboard 276). A page that never reads `stale` opts out of that render.
  it('leaves a quiet page as it was: the same data, still marked stale', async () => {
    const served = [VIEWER, { ...VIEWER, displayName: 'Giám đốc Sở' }];
    vi.stubGlobal('fetch', () => Promise.resolve(answer(served.shift()!)));
    const client = createUrqlClient({ onUnauthenticated: () => undefined, storage: deviceCacheWithViewer() });
    const page = watchViewer(client, QUIET_UNCHANGED_REFRESH);
    await vi.waitFor(() => expect(page.results).toHaveLength(2));
    const [cached, refreshed] = page.results;
    expect(cached?.stale).toBe(true);
    expect(refreshed?.data).toBe(cached?.data);
    expect(refreshed?.stale).toBe(true);
    // A real change still reaches the page, and is not stale.
    await client.query(ViewerQuery, {}, { requestPolicy: 'network-only', ...QUIET_UNCHANGED_REFRESH }).toPromise();
    await vi.waitFor(() => expect(page.results.at(-1)?.data?.viewer?.displayName).toBe('Giám đốc Sở'));
    expect(page.results.at(-1)?.stale).toBe(false);
    page.stop();
  });

  it('still ends `stale` for a page that reads it (RequireViewer)', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(answer(VIEWER)));
    const client = createUrqlClient({ onUnauthenticated: () => undefined, storage: deviceCacheWithViewer() });
    const page = watchViewer(client, {});
    await vi.waitFor(() => expect(page.results).toHaveLength(2));
    const [cached, refreshed] = page.results;
    expect(cached?.stale).toBe(true);
    expect(refreshed?.data).toBe(cached?.data);
    expect(refreshed?.stale).toBe(false);
    page.stop();
  });
});
