import { useEffect, useSyncExternalStore } from 'react';
import { loadOfflineWrites, offlineWrites, type QueuedWrite } from './offline-writes';

/** The writes waiting on this device (all accounts'; filter by `accountId` where it matters). */
export function useOfflineWrites(): QueuedWrite[] {
  useEffect(() => void loadOfflineWrites(), []);
  return useSyncExternalStore(offlineWrites.subscribe, offlineWrites.snapshot);
}

/** The writes of one agreement made by one account, in the order they were made. */
export function useAgreementWrites(agreementId: string, accountId: string | undefined): QueuedWrite[] {
  const all = useOfflineWrites();
  return all.filter((entry) => entry.agreementId === agreementId && entry.accountId === accountId);
}
