import type { StorageAdapter } from '@urql/exchange-graphcache';

/** Longest the requests wait for the device's cache: a storage that never answers must not stop the app. */
const LONGEST_WAIT_MS = 3_000;

/**
 * Holds the app's requests until Graphcache has read the cache kept on the device (IndexedDB).
 *
 * Why: a query asked before then goes to the network; without a network, Graphcache's offline
 * exchange asks the cache alone, which has not been read yet, and the page gets an empty answer
 * that reads as "nobody is signed in". A coordinator reloading the app offline was sent to the
 * sign-in page (RequireViewer), and back once the cache was read (seen in the offline e2e's
 * request log at load 13–15). Held until the cache is read, a query meets the network's failure
 * only afterwards, and the cache answers it. Online, the wait is the time IndexedDB takes to
 * answer (the cache is read before the first screen anyway).
 */
export function holdRequestsUntilHydrated(storage: StorageAdapter): {
  storage: StorageAdapter;
  fetch: typeof fetch;
} {
  let open!: () => void;
  const hydrated = new Promise<void>((resolve) => (open = resolve));
  const timer = setTimeout(() => open(), LONGEST_WAIT_MS);
  const opened = () => {
    clearTimeout(timer);
    open();
  };
  return {
    storage: {
      ...storage,
      readData: () => {
        const reading = storage.readData();
        // A storage that fails to read leaves Graphcache without a cache: nothing to wait for.
        reading.catch(opened);
        return reading;
      },
      // Graphcache calls this once what was read is in the cache.
      onCacheHydrated: () => {
        storage.onCacheHydrated?.();
        opened();
      },
    },
    fetch: (input, init) => hydrated.then(() => globalThis.fetch(input, init)),
  };
}
