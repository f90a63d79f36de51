import type { AgreementStatus } from '@tripartite/shared';
import { useState } from 'react';
import type { AnyVariables, CombinedError, DocumentInput, OperationResult } from 'urql';
import { enqueueWrite, isOffline } from '../../lib/offline-writes';
import { useActingViewer } from './agreement-permissions';

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

/**
 * The newest version each agreement is known to have from this tab's own writes. A write
 * invalidates the agreement's query, and until the refetch answers the page still shows the old
 * version: a quick second tap must not send that one and lose to itself with a CONFLICT.
 */
const writtenVersions = new Map<string, number>();

function versionWritten(result: OperationResult): { id: string; version: number } | null {
  for (const value of Object.values((result.data ?? {}) as Record<string, unknown>)) {
    if (value && typeof value === 'object' && 'id' in value && 'version' in value) {
      const { id, version } = value as { id: unknown; version: unknown };
      if (typeof id === 'string' && typeof version === 'number') return { id, version };
    }
  }
  return null;
}

/** One write that names the version it saw, so it can be sent again against a newer one. */
type Send = (expectedVersion: number) => Promise<OperationResult>;

/** The same write as data, so it can wait on the device while there is no network (offline-writes.ts). */
export type OfflineWrite = {
  mutation: DocumentInput<unknown, AnyVariables>;
  /** The mutation's input without `expectedVersion`. */
  input: Record<string, unknown>;
  summary: { key: string; values: Record<string, string> };
  draftKey?: string;
};

/**
 * Runs versioned writes and remembers the last one that failed, so the person can send the very
 * same values again (against the version the server now has) after a conflict or a lost
 * connection, without typing anything again. `onConflict` refreshes what the page shows.
 */
export function useVersionedWrite({ agreementId, onConflict }: { agreementId: string; onConflict: () => void }) {
  const viewer = useActingViewer();
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [pending, setPending] = useState<{ send: Send; version: number } | null>(null);
  const [sending, setSending] = useState(false);

  /**
   * Sends the write. Without a network, a write given `offline` waits on the device instead (and
   * this answers 'queued'): the page shows it as waiting, and it is sent when the network returns.
   */
  async function run(send: Send, version: number, offline?: OfflineWrite): Promise<boolean | 'queued'> {
    setSending(true);
    const expectedVersion = Math.max(version, writtenVersions.get(agreementId) ?? 0);
    const result = await send(expectedVersion);
    if (offline && viewer && isOffline(result.error)) {
      await enqueueWrite({
        accountId: viewer.id,
        agreementId,
        summary: offline.summary,
        query: offline.mutation,
        variables: { input: { ...offline.input, expectedVersion } },
        ...(offline.draftKey ? { draftKey: offline.draftKey } : {}),
      });
      setSending(false);
      setFailure(null);
      setPending(null);
      return 'queued';
    }
    setSending(false);
    const written = versionWritten(result);
    if (written) writtenVersions.set(written.id, Math.max(written.version, writtenVersions.get(written.id) ?? 0));
    if (!result.error) {
      setFailure(null);
      setPending(null);
      return true;
    }
    const described = describeFailure(result.error);
    setFailure(described);
    setPending({ send, version });
    if (described.kind === 'conflict') onConflict();
    return false;
  }

  return {
    run,
    failure,
    sending,
    /** Sends the failed write again, against `version` (the one now shown) after a conflict. */
    retry: (version: number) => (pending ? run(pending.send, version) : Promise.resolve(false as const)),
    dismiss: () => {
      setFailure(null);
      setPending(null);
    },
  };
}
