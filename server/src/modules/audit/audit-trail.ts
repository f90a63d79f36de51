import type { EntityManager } from '@mikro-orm/sql';
import { Account } from '../access/account.entity.js';
import { actorLabel, type Viewer } from '../access/viewer.js';
import type { Province } from '../geography/province.entity.js';
import { AuditRecord } from './audit-record.entity.js';

/** Who is writing and in which request: what every write service is given beside its input. */
export type Actor = {
  viewer: Viewer;
  /** Made by the server for this request. */
  requestId: string;
  /** The `x-request-id` the client sent, if any: kept, never trusted. */
  clientRequestId?: string | null;
};

/** A write by the system itself, with nobody signed in: the create-admin command. */
export type SystemActor = { system: string; requestId: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  province: Province | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The client's id for this write, if it gave one (see AuditRecord.clientWriteId). */
  clientWriteId?: string | null;
};

/**
 * Adds the audit record of a write to the unit of work `em` is flushing, which must be the
 * write's own transaction: the record commits with the change or not at all.
 */
export function appendAuditRecord(em: EntityManager, actor: Actor | SystemActor, entry: AuditEntry): AuditRecord {
  const who =
    'system' in actor
      ? { account: null, actor: actor.system, clientRequestId: null }
      : {
          account: em.getReference(Account, actor.viewer.accountId),
          actor: actorLabel(actor.viewer),
          clientRequestId: actor.clientRequestId ?? null,
        };
  return em.create(AuditRecord, { ...entry, ...who, requestId: actor.requestId });
}
