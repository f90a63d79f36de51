import type { StorageAdapter } from '@urql/exchange-graphcache';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { writeWhenIdle } from './idle-cache-writes';

/**
 * Where Graphcache keeps what the app has read (the workspace, the agreements opened) on this
 * device, in IndexedDB, so the app shows them without a network: after a reload, or when a phone
 * restarts in a place with no signal. Answers older than two weeks are dropped.
 */
const IDB_NAME = 'tripartite-graphcache-v1';
const MAX_AGE_DAYS = 14;

/**
 * Counts the cache's clearings: a storage made before the latest one belongs to an ended session,
 * and its writes still waiting for an idle moment (see idle-cache-writes.ts) are dropped.
 */
let clearings = 0;

function storageForThisSession(storage: StorageAdapter): StorageAdapter {
  const session = clearings;
  return writeWhenIdle(storage, () => session === clearings);
}

/** The cache as this device left it: for the client made when the app opens. */
export function persistedCacheStorage(): StorageAdapter {
  return storageForThisSession(makeDefaultStorage({ idbName: IDB_NAME, maxAge: MAX_AGE_DAYS }));
}

/**
 * An emptied cache: for a new session (signed in, signed out, or ended by the server), so nothing
 * read by one account is shown to the next. Reads wait for the clearing to finish.
 */
export function clearedCacheStorage(): StorageAdapter {
  clearings++;
  const storage = makeDefaultStorage({ idbName: IDB_NAME, maxAge: MAX_AGE_DAYS });
  const cleared = storage.clear().catch(() => undefined);
  return storageForThisSession({
    ...storage,
    readData: () => cleared.then(() => storage.readData()),
    readMetadata: () => cleared.then(async () => (await storage.readMetadata?.()) ?? null),
  });
}

/** Forgets everything cached on this device (signing out). */
export async function clearCacheStorage(): Promise<void> {
  clearings++;
  await makeDefaultStorage({ idbName: IDB_NAME, maxAge: MAX_AGE_DAYS })
    .clear()
    .catch(() => undefined);
}
