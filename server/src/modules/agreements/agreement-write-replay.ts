import type { EntityManager } from '@mikro-orm/sql';
import { InvalidInputError } from '../../errors.js';
import type { Actor } from '../audit/audit-trail.js';
import { AuditRecord } from '../audit/audit-record.entity.js';

/** What a write names so that a second copy of it can be recognised. */
export type WriteIdentity = { clientWriteId: string; action: string; agreementId: string };

/**
 * Whether this account has already applied the write with this `clientWriteId` (its audit record
 * carries the id, unique per account). A copy delivered twice (a resend after a lost answer, a
 * network replaying a request) is then answered as the first was, instead of applied again or
 * refused with CONFLICT against its own first arrival.
 *
 * Only the asking account's writes are looked at: another account's id is not a replay of theirs
 * and learns nothing about it. An id this account used for a different write (another agreement
 * or action) is a client's mistake, refused rather than answered with the wrong agreement.
 */
export async function alreadyApplied(em: EntityManager, actor: Actor, write: WriteIdentity): Promise<boolean> {
  const record = await em.findOne(
    AuditRecord,
    { account: actor.viewer.accountId, clientWriteId: write.clientWriteId },
    { fields: ['entityType', 'entityId', 'action'] },
  );
  if (!record) return false;
  if (record.entityType !== 'Agreement' || record.entityId !== write.agreementId || record.action !== write.action) {
    throw new InvalidInputError(
      'input.clientWriteId',
      'input.clientWriteId: already used for another write; make a new one for each write',
    );
  }
  return true;
}
