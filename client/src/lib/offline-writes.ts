import { createStore, del, get, set } from 'idb-keyval';
import type { AnyVariables, Client, CombinedError, DocumentInput, OperationResult } from 'urql';

/**
 * Writes made without a network, kept on the device (IndexedDB, so they survive reloads and a
 * phone restarting) and sent in the order they were made when the network returns. Each names the
 * version of the agreement the person saw: the server refuses a stale one with CONFLICT, which the
 * agreement page shows, so nothing is ever overwritten silently. A write made after another
 * still-waiting write to the same agreement builds on it: when that one is accepted, this one is
 * sent against the version it produced (and held if it was refused).
 */
export type QueuedWrite = {
  /**
   * Made once for the write and sent with every copy of it as `clientWriteId`: the server applies
   * a write once however many copies reach it, and answers a copy as accepted (docs/agreement-writes.md).
   */
  id: string;
  /** Who made it: only their own writes are sent, with their session. */
  accountId: string;
  agreementId: string;
  /** What it does, in words the page shows (a translation key of `agreements` and its values). */
  summary: { key: string; values: Record<string, string> };
  /** The mutation (a parsed document: plain data IndexedDB can keep) and its variables; `variables.input.expectedVersion` is the version seen. */
  query: DocumentInput<unknown, AnyVariables>;
  variables: { input: Record<string, unknown> & { expectedVersion: number } };
  /** An earlier waiting write to the same agreement this one comes after. */
  after: string | null;
  queuedAt: string;
  state: 'waiting' | 'refused';
  /** The server's refusal, as it answered (for the CONFLICT panel and other messages). */
  refusal?: { code: string | undefined; message: string; current?: Record<string, unknown> };
  /** Where the person's typed values are kept until the write is accepted (persisted-draft.ts). */
  draftKey?: string;
};

const store = typeof indexedDB === 'undefined' ? undefined : createStore('tripartite-offline', 'writes');
const KEY = 'queue';

let queue: QueuedWrite[] = [];
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: QueuedWrite[]): Promise<void> {
  queue = next;
  for (const listener of listeners) listener();
  return store ? set(KEY, next, store).catch(() => undefined) : Promise.resolve();
}

/** Reads the queue kept on the device (once). */
export function loadOfflineWrites(): Promise<void> {
  loaded ??= (store ? get<QueuedWrite[]>(KEY, store) : Promise.resolve(undefined))
    .then((stored) => {
      if (stored?.length) void publish(stored);
    })
    .catch(() => undefined);
  return loaded;
}

export const offlineWrites = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): QueuedWrite[] => queue,
};

/** True when an answer means the request never reached the server (no network, not a refusal). */
export function isOffline(error: CombinedError | undefined): boolean {
  return Boolean(error?.networkError) && !error?.response?.status;
}

/**
 * Keeps a write on the device. `id`: the `clientWriteId` the write was already sent with online,
 * if it was (its answer may have been lost after the server applied it: the copy sent from here
 * is then answered as that write, not refused as a CONFLICT against it).
 */
export async function enqueueWrite(
  write: Omit<QueuedWrite, 'id' | 'after' | 'queuedAt' | 'state'> & { id?: string },
): Promise<void> {
  await loadOfflineWrites();
  const previous = queue.findLast(
    (entry) => entry.agreementId === write.agreementId && entry.accountId === write.accountId,
  );
  await publish([
    ...queue,
    {
      ...write,
      id: write.id ?? crypto.randomUUID(),
      after: previous?.id ?? null,
      queuedAt: new Date().toISOString(),
      state: 'waiting',
    },
  ]);
}

/** Drops one write (the person discarded it after a refusal). Later writes built on it are held. */
export async function discardWrite(id: string): Promise<void> {
  await publish(queue.filter((entry) => entry.id !== id));
}

/** Sends a refused write again, against the version the agreement now has. */
export async function retryWrite(id: string, version: number): Promise<void> {
  await publish(
    queue.map((entry) =>
      entry.id === id
        ? {
            ...entry,
            state: 'waiting',
            after: null,
            variables: { input: { ...entry.variables.input, expectedVersion: version } },
          }
        : entry,
    ),
  );
}

/** Signing out: this device forgets every unsent write. */
export async function clearOfflineWrites(): Promise<void> {
  await publish([]);
  if (store) await del(KEY, store).catch(() => undefined);
}

let draining: Promise<void> | null = null;

/**
 * Sends the account's waiting writes in order, one at a time. Stops at the first that cannot
 * reach the server (still offline) or finds the session ended; a refusal is kept for the page.
 */
export function sendWaitingWrites(client: Client, accountId: string): Promise<void> {
  draining ??= drain(client, accountId).finally(() => (draining = null));
  return draining;
}

async function drain(client: Client, accountId: string): Promise<void> {
  await loadOfflineWrites();
  for (;;) {
    // Held: refused writes, and every write that comes after a held one.
    const held = new Set<string>();
    for (const entry of queue) {
      if (entry.state === 'refused' || (entry.after && held.has(entry.after))) held.add(entry.id);
    }
    const next = queue.find(
      (entry) => entry.accountId === accountId && entry.state === 'waiting' && !held.has(entry.id),
    );
    if (!next) return;
    const result = await firstResult(client, next);
    if (result === 'timed-out' || isOffline(result.error)) return;
    const first = result.error?.graphQLErrors[0];
    const code = typeof first?.extensions['code'] === 'string' ? first.extensions['code'] : undefined;
    if (code === 'UNAUTHENTICATED') return;
    if (result.error) {
      const current = first?.extensions['current'];
      await publish(
        queue.map((entry) =>
          entry.id === next.id
            ? {
                ...entry,
                state: 'refused',
                refusal: {
                  code,
                  message: first?.message ?? result.error!.message,
                  ...(current && typeof current === 'object' ? { current: current as Record<string, unknown> } : {}),
                },
              }
            : entry,
        ),
      );
      continue;
    }
    if (next.draftKey) forgetDraft(next.draftKey);
    // The writes that came after this one now build on the version it produced: the one it named
    // plus one (each write makes one version). Not the answer's: a copy the server had already
    // applied is answered with the agreement as it is now, perhaps changed by someone else since,
    // and building on that would overwrite their change unseen instead of meeting a CONFLICT.
    const version = next.variables.input.expectedVersion + 1;
    await publish(
      queue
        .filter((entry) => entry.id !== next.id)
        .map((entry) =>
          entry.after === next.id
            ? { ...entry, after: null, variables: { input: { ...entry.variables.input, expectedVersion: version } } }
            : entry,
        ),
    );
  }
}

/** How long one send may take before it counts as "no network" (a patchy connection can hang a request for minutes). */
const SEND_TIMEOUT_MS = 20_000;

/**
 * The server's first answer. (Not `toPromise()`: it waits for a result that is not `stale`, and
 * Graphcache marks a refused mutation's answer stale while it refetches what depends on it.)
 * A send that hangs ends as offline, so it cannot block the queue: the next try sends the write
 * again, the same copy (same expected version, same `clientWriteId`), and if the first did arrive
 * the server answers it as accepted rather than applying it twice.
 */
function firstResult(client: Client, write: QueuedWrite): Promise<OperationResult | 'timed-out'> {
  const variables = { input: { ...write.variables.input, clientWriteId: write.id } };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: OperationResult | 'timed-out') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      queueMicrotask(() => subscription.unsubscribe());
    };
    const timer = setTimeout(() => settle('timed-out'), SEND_TIMEOUT_MS);
    const subscription = client.mutation(write.query, variables).subscribe(settle);
  });
}

/** What the person typed for an accepted write is no longer a draft (see persisted-draft.ts). */
function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage disabled: there was no draft either.
  }
}
