import type { StorageAdapter } from '@urql/exchange-graphcache';

type SerializedEntries = Parameters<StorageAdapter['writeData']>[0];

/** How long a change may wait for an idle moment before it is written anyway. */
const LONGEST_WAIT_MS = 1000;

/**
 * Graphcache's IndexedDB writes, gathered and made when the page is idle instead of as each answer
 * arrives. The default storage puts the whole day's cache (about 400 KB and 4,000 entries for a
 * coordinator's province) into IndexedDB on every write, and that copy is made on the main
 * thread: on a warm visit to the workspace, four such writes ran between the cache being read and
 * the cards being shown (20–70 ms each unthrottled, over 400 ms at the phone profile's 4× CPU).
 * Gathered, they become one write after the first screen. A page being hidden or left writes at
 * once, and so does losing the network: that is when the device's copy is about to be all there
 * is, and a write started as a page unloads (a reload in a dead zone) may be cut off; `isCurrent` turning false (a new session, signing out) drops what has not been written,
 * so one account's answers never reach the next account's cache.
 */
export function writeWhenIdle(storage: StorageAdapter, isCurrent: () => boolean): StorageAdapter {
  let waiting: SerializedEntries | null = null;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const entries = waiting;
    waiting = null;
    if (entries && isCurrent()) void storage.writeData(entries);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(flush, { timeout: LONGEST_WAIT_MS });
    else setTimeout(flush, 0);
  };
  const flushWhenLeaving = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('offline', flush);
  document.addEventListener('visibilitychange', flushWhenLeaving);

  return {
    ...storage,
    writeData(entries) {
      // Later changes to a key replace earlier ones, as they would have in IndexedDB.
      waiting = Object.assign(waiting ?? {}, entries);
      schedule();
      return Promise.resolve();
    },
  };
}
