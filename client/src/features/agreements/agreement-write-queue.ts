/**
 * Writes to one agreement leave one at a time, in the order they were made.
 *
 * Every write names the version of the agreement it expects (the server refuses a stale one with
 * CONFLICT). Two quick taps on the agreement page would otherwise both name the version the page
 * showed: the second would lose to the first, made by the same person a moment before. So each
 * agreement has a queue: a write waits until every earlier write to the same agreement has
 * answered, and is then sent with the newest version known, the newer of the one the page
 * showed when it was made and the one the last answer gave.
 *
 * A refused or failed write (CONFLICT, a server error) teaches the queue nothing: the writes
 * behind it are still sent with the version this tab last wrote, so a change made by someone else
 * is never overwritten blindly; they fail too, and are shown, and the person decides.
 *
 * Plain TypeScript without React or urql. A write that finds no network is handed, within its
 * turn here, to the device's queue of waiting writes (versioned-write.ts, lib/offline-writes.ts),
 * so the device keeps quick offline taps in the order they were made too.
 */

/** One write that names the version of the agreement it expects to change. */
export type VersionedSend<Result> = (expectedVersion: number) => Promise<Result>;

export type AgreementWriteQueue<Result> = {
  /**
   * Sends `send` once every write queued before it for the same agreement has answered, with
   * the newer of `versionSeen` and the version the last successful answer gave. Resolves with
   * its own answer; a rejected send rejects only its own promise, the queue goes on.
   */
  enqueue(agreementId: string, send: VersionedSend<Result>, versionSeen: number): Promise<Result>;
  /** How many writes to the agreement are waiting or in flight (0 when none). */
  pending(agreementId: string): number;
  /** The newest version a successful answer gave for the agreement, if any did. */
  newestVersion(agreementId: string): number | undefined;
  /** Called after every change of `pending`; returns the function that stops the calls. */
  subscribe(listener: () => void): () => void;
};

/**
 * A queue whose answers are read by `versionAnswered`: the agreement's version after a
 * successful write, or null when the write failed (then the queue learns nothing from it).
 */
export function createAgreementWriteQueue<Result>(
  versionAnswered: (result: Result) => number | null,
): AgreementWriteQueue<Result> {
  /** Settles when the last write queued for the agreement has answered (or failed). */
  const tails = new Map<string, Promise<void>>();
  const counts = new Map<string, number>();
  const versions = new Map<string, number>();
  const listeners = new Set<() => void>();

  function count(agreementId: string, change: 1 | -1) {
    const next = (counts.get(agreementId) ?? 0) + change;
    if (next > 0) counts.set(agreementId, next);
    else counts.delete(agreementId);
    for (const listener of [...listeners]) listener();
  }

  function learn(agreementId: string, result: Result) {
    const version = versionAnswered(result);
    if (version === null) return;
    versions.set(agreementId, Math.max(version, versions.get(agreementId) ?? 0));
  }

  return {
    enqueue(agreementId, send, versionSeen) {
      count(agreementId, 1);
      const earlier = tails.get(agreementId) ?? Promise.resolve();
      const answer = earlier.then(async () => {
        const result = await send(Math.max(versionSeen, versions.get(agreementId) ?? 0));
        learn(agreementId, result);
        return result;
      });
      const settled = answer.then(
        () => undefined,
        () => undefined,
      );
      tails.set(agreementId, settled);
      void settled.then(() => {
        if (tails.get(agreementId) === settled) tails.delete(agreementId);
        count(agreementId, -1);
      });
      return answer;
    },
    pending: (agreementId) => counts.get(agreementId) ?? 0,
    newestVersion: (agreementId) => versions.get(agreementId),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
