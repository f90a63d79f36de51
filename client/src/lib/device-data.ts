import { forgetLastScreen } from './last-screen';
import { clearCacheStorage } from './offline-storage';
import { clearOfflineWrites } from './offline-writes';

/** Where forms keep what was typed until the server accepts it (features/agreements/persisted-draft.ts). */
export const DRAFT_PREFIX = 'tripartite.draft';

/**
 * Signing out on a shared or lost phone: this device forgets the unsent writes, the cached
 * answers (IndexedDB), the drafts and the last screen (last-screen.ts). The language choice stays.
 */
export async function forgetThisDevice(): Promise<void> {
  forgetLastScreen();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${DRAFT_PREFIX}.`)) localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
  await Promise.all([clearOfflineWrites(), clearCacheStorage()]);
}
