import type { StorageAdapter } from '@urql/exchange-graphcache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdRequestsUntilHydrated } from './hydration-gate';

function storageReading(readData: StorageAdapter['readData']): StorageAdapter {
  return { readData, writeData: () => Promise.resolve() };
}

describe('requests wait for the cache kept on the device, within limits', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function countingFetch() {
    const requests: string[] = [];
    vi.stubGlobal('fetch', (input: string) => {
      requests.push(input);
      return Promise.resolve(new Response('{}'));
    });
    return requests;
  }

  it('go once Graphcache says the cache is read, not before', async () => {
    const requests = countingFetch();
    const gate = holdRequestsUntilHydrated(storageReading(() => Promise.resolve({})));
    void gate.fetch('/graphql');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests).toEqual([]);
    gate.storage.onCacheHydrated?.();
    await vi.waitFor(() => expect(requests).toEqual(['/graphql']));
  });

  it('go at once when the device cannot read its cache', async () => {
    const requests = countingFetch();
    const gate = holdRequestsUntilHydrated(storageReading(() => Promise.reject(new Error('IndexedDB is unavailable'))));
    await gate.storage.readData().catch(() => undefined);
    await gate.fetch('/graphql');
    expect(requests).toEqual(['/graphql']);
  });

  it('go after 3 s when the device never answers', async () => {
    vi.useFakeTimers();
    const requests = countingFetch();
    const gate = holdRequestsUntilHydrated(storageReading(() => new Promise(() => undefined)));
    void gate.storage.readData();
    void gate.fetch('/graphql');
    await vi.advanceTimersByTimeAsync(2_900);
    expect(requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(requests).toEqual(['/graphql']);
  });
});
