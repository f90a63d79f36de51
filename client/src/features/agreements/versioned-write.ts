import type { AgreementStatus } from '@tripartite/shared';
import { useState, useSyncExternalStore } from 'react';
import type { AnyVariables, CombinedError, DocumentInput, OperationResult } from 'urql';
import { type ApiErrorInfo, apiErrorInfo } from '../../lib/api-error';
import { enqueueWrite, isOffline } from '../../lib/offline-writes';
import { createAgreementWriteQueue, type VersionedSend } from './agreement-write-queue';
import { useSignedInViewerId } from '../access';

/** The agreement as the server had it when it refused a stale write (`extensions.current`). */
export type ConflictState = {
  id?: string;
  status?: AgreementStatus;
  version?: number;
  updatedAt?: string;
  lastChangedBy?: string;
  lastChangedAt?: string;
  lastAction?: string;
};

export type WriteFailure =
  { kind: 'conflict'; current: ConflictState } | { kind: 'network' } | { kind: 'refused'; info: ApiErrorInfo };

export function errorCode(error: CombinedError): string | undefined {
  const code = error.graphQLErrors[0]?.extensions['code'];
  return typeof code === 'string' ? code : undefined;
}

export function describeFailure(error: CombinedError): WriteFailure {
  if (error.networkError && error.graphQLErrors.length === 0) return { kind: 'network' };
  if (errorCode(error) === 'CONFLICT') {
    const current = error.graphQLErrors[0]?.extensions['current'];
    return { kind: 'conflict', current: current && typeof current === 'object' ? (current as ConflictState) : {} };
  }
  return { kind: 'refused', info: apiErrorInfo(error) };
}

/** The agreement's version after a successful write: its answer is the agreement itself. */
function versionAnswered(result: OperationResult): number | null {
  if (result.error) return null;
  for (const value of Object.values((result.data ?? {}) as Record<string, unknown>)) {
    if (value && typeof value === 'object' && 'version' in value && typeof value.version === 'number') {
      return value.version;
    }
  }
  return null;
}

/**
 * Every write this tab makes to an agreement goes through this one queue, whichever part of the
 * page makes it: a quick second tap waits for the first one's answer and then names the version
 * that answer gave, instead of the one still shown, and so never loses to itself with a CONFLICT.
 */
export const agreementWrites = createAgreementWriteQueue<OperationResult>(versionAnswered);

/** How many writes to the agreement are waiting or in flight, kept current for the page. */
export function useWritesUnderWay(agreementId: string): number {
  return useSyncExternalStore(agreementWrites.subscribe, () => agreementWrites.pending(agreementId));
}

/**
 * One write that names the version it saw, so it can be sent again against a newer one, and
 * carries its `clientWriteId`, made once per tap or form sent: every copy of the write (a resend
 * after a lost answer, the device's queue sending it later) is applied once by the server.
 */
type Send = (expectedVersion: number, clientWriteId: string) => ReturnType<VersionedSend<OperationResult>>;

/** The same write as data, so it can wait on the device while there is no network (offline-writes.ts). */
export type OfflineWrite = {
  mutation: DocumentInput<unknown, AnyVariables>;
  /** The mutation's input without `expectedVersion`. */
  input: Record<string, unknown>;
  summary: { key: string; values: Record<string, string> };
  draftKey?: string;
};

type RunOptions = {
  /** What the write is about (a party's signature, say); see useVersionedWrite. */
  what?: string;
  /** The write as data: without a network it then waits on the device instead of failing. */
  offline?: OfflineWrite | undefined;
  /** The write's id when it is sent again ("send again"); a new write gets a new one. */
  clientWriteId?: string;
};

/** A write the server refused or never got, kept to be sent again unchanged. */
type FailedWrite = {
  what: string;
  send: Send;
  offline: OfflineWrite | undefined;
  clientWriteId: string;
  failure: WriteFailure;
};

/** Every write true: true; none refused (some waiting on the device): 'queued'; else false. */
function together(results: (boolean | 'queued')[]): boolean | 'queued' {
  if (results.every((result) => result === true)) return true;
  return results.includes(false) ? false : 'queued';
}

/**
 * Runs versioned writes through the agreement's queue and keeps those that failed, so the
 * person can send the very same values again (against the version the server now has) after a
 * conflict or a lost connection, without typing anything again. `what` names what a write is
 * about (a party's signature, say): a later success for the same thing supersedes its failure,
 * while a failure of another thing stays until it is sent again or dismissed. `onConflict`
 * refreshes what the page shows.
 */
export function useVersionedWrite({ agreementId, onConflict }: { agreementId: string; onConflict: () => void }) {
  const viewerId = useSignedInViewerId();
  const [failed, setFailed] = useState<FailedWrite[]>([]);
  const [underWay, setUnderWay] = useState<string[]>([]);

  /**
   * Sends the write once the agreement's earlier writes have answered. Without a network, a write
   * given `offline` waits on the device instead (and this answers 'queued'): the page shows it as
   * waiting, and it is sent when the network returns, still in the order the writes were made.
   */
  async function run(
    send: Send,
    version: number,
    { what = 'write', offline, clientWriteId = crypto.randomUUID() }: RunOptions = {},
  ) {
    setUnderWay((current) => [...current, what]);
    let queued = false;
    const result = await agreementWrites.enqueue(
      agreementId,
      async (expectedVersion) => {
        const answer = await send(expectedVersion, clientWriteId);
        if (offline && viewerId && isOffline(answer.error)) {
          // Inside the queue's turn, so the device keeps the writes in the order they were made;
          // under the same id, in case this copy did reach the server and only its answer was lost.
          await enqueueWrite({
            id: clientWriteId,
            accountId: viewerId,
            agreementId,
            summary: offline.summary,
            query: offline.mutation,
            variables: { input: { ...offline.input, expectedVersion } },
            ...(offline.draftKey ? { draftKey: offline.draftKey } : {}),
          });
          queued = true;
        }
        return answer;
      },
      version,
    );
    setUnderWay((current) => {
      const rest = [...current];
      rest.splice(rest.indexOf(what), 1);
      return rest;
    });
    const others = (current: FailedWrite[]) => current.filter((entry) => entry.what !== what);
    if (queued || !result.error) {
      setFailed(others);
      return queued ? ('queued' as const) : true;
    }
    const failure = describeFailure(result.error);
    setFailed((current) => [...others(current), { what, send, offline, clientWriteId, failure }]);
    if (failure.kind === 'conflict') onConflict();
    return false;
  }

  return {
    run,
    /** The latest failure still unresolved, to show with its way forward. */
    failure: failed.at(-1)?.failure ?? null,
    /** Whether a write of this part of the page (or, given `what`, of that thing) is under way. */
    sending: underWay.length > 0,
    isSending: (what: string) => underWay.includes(what),
    /** Sends every failed write again, in the order they were made, against `version` (the one now shown). */
    retry: async (version: number) => {
      const again = failed;
      setFailed([]);
      const results = await Promise.all(
        again.map((entry) =>
          // The same id: a copy whose answer was lost (a network failure) is answered as applied.
          run(entry.send, version, { what: entry.what, offline: entry.offline, clientWriteId: entry.clientWriteId }),
        ),
      );
      return together(results);
    },
    dismiss: () => setFailed([]),
  };
}
