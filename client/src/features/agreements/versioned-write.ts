import type { AgreementStatus } from '@tripartite/shared';
import { useState, useSyncExternalStore } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { createAgreementWriteQueue, type VersionedSend } from './agreement-write-queue';

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
  | { kind: 'conflict'; current: ConflictState }
  | { kind: 'network' }
  | { kind: 'forbidden' | 'badInput' | 'other'; message: string };

export function errorCode(error: CombinedError): string | undefined {
  const code = error.graphQLErrors[0]?.extensions['code'];
  return typeof code === 'string' ? code : undefined;
}

export function describeFailure(error: CombinedError): WriteFailure {
  if (error.networkError) return { kind: 'network' };
  const first = error.graphQLErrors[0];
  const message = first?.message ?? error.message;
  switch (errorCode(error)) {
    case 'CONFLICT': {
      const current = first?.extensions['current'];
      return { kind: 'conflict', current: current && typeof current === 'object' ? (current as ConflictState) : {} };
    }
    case 'FORBIDDEN':
      return { kind: 'forbidden', message };
    case 'BAD_USER_INPUT':
      return { kind: 'badInput', message };
    default:
      return { kind: 'other', message };
  }
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

/** One write that names the version it saw, so it can be sent again against a newer one. */
type Send = VersionedSend<OperationResult>;

/** A write the server refused or never got, kept to be sent again unchanged. */
type FailedWrite = { what: string; send: Send; failure: WriteFailure };

/**
 * Runs versioned writes through the agreement's queue and keeps those that failed, so the
 * person can send the very same values again (against the version the server now has) after a
 * conflict or a lost connection, without typing anything again. `what` names what a write is
 * about (a party's signature, say): a later success for the same thing supersedes its failure,
 * while a failure of another thing stays until it is sent again or dismissed. `onConflict`
 * refreshes what the page shows.
 */
export function useVersionedWrite({ agreementId, onConflict }: { agreementId: string; onConflict: () => void }) {
  const [failed, setFailed] = useState<FailedWrite[]>([]);
  const [underWay, setUnderWay] = useState<string[]>([]);

  async function run(send: Send, version: number, what = 'write'): Promise<boolean> {
    setUnderWay((current) => [...current, what]);
    const result = await agreementWrites.enqueue(agreementId, send, version);
    setUnderWay((current) => {
      const rest = [...current];
      rest.splice(rest.indexOf(what), 1);
      return rest;
    });
    const others = (current: FailedWrite[]) => current.filter((entry) => entry.what !== what);
    if (!result.error) {
      setFailed(others);
      return true;
    }
    const failure = describeFailure(result.error);
    setFailed((current) => [...others(current), { what, send, failure }]);
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
      const results = await Promise.all(again.map((entry) => run(entry.send, version, entry.what)));
      return results.every(Boolean);
    },
    dismiss: () => setFailed([]),
  };
}
