import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { OPEN_AGREEMENT_STATUSES, todayInVietnam, transitionProblem } from '@tripartite/shared';
import type {
  changeAgreementStatusRules,
  createAgreementRules,
  recordSignatureRules,
} from '@tripartite/shared/write-rules';
import type { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors.js';
import { AccessScope } from '../access/access-scope.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { appendAuditRecord, type Actor } from '../audit/audit-trail.js';
import { GeographyService } from '../geography/geography.service.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { ServiceUnitsService } from '../organisations/service-units.service.js';
import { chosenUnit, servingUnit } from './agreement-parties.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';
import { snapshotAgreement } from './agreement-snapshot.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { alreadyApplied } from './agreement-write-replay.js';
import { Agreement } from './agreement.entity.js';

type NewAgreement = z.output<typeof createAgreementRules>;
type StatusChange = z.output<typeof changeAgreementStatusRules>;
type Signature = z.output<typeof recordSignatureRules>;

/** What the client sees of an agreement someone else changed first. */
function currentState(agreement: Agreement): Record<string, unknown> {
  return { id: agreement.id, status: agreement.status, version: agreement.version, updatedAt: agreement.updatedAt };
}

/**
 * The loser of a race is told what the agreement is now and who changed it last (from the audit
 * trail, which records signatures too, not only status steps), so they can decide knowingly.
 */
async function conflict(em: EntityManager, agreement: Agreement): Promise<ConflictError> {
  const last = await em.findOne(
    AuditRecord,
    { entityType: 'Agreement', entityId: agreement.id },
    { orderBy: { occurredAt: 'desc' } },
  );
  const by = last ? ` by ${last.actor}` : '';
  return new ConflictError(
    `Someone changed this agreement since you saw it${by}: it is now version ${agreement.version}, ${agreement.status}. Look at it again before changing it.`,
    {
      ...currentState(agreement),
      lastChangedBy: last?.actor ?? null,
      lastChangedAt: last?.occurredAt ?? null,
      lastAction: last?.action ?? null,
    },
  );
}

/**
 * Every write to agreements: start one, sign it, move it through its life. Each runs in one
 * transaction with its history step and audit record, checks who asks and, for changes, the
 * version the user saw: the UPDATE itself carries `WHERE version = ?`, so of two concurrent
 * changes exactly one wins and the other is told, with the state it lost to.
 */
export class AgreementWritesService {
  constructor(private readonly em: EntityManager) {}

  async create(actor: Actor, input: NewAgreement): Promise<Agreement> {
    try {
      return await this.createOnce(actor, input);
    } catch (error) {
      // Two people starting an agreement for one ward at once: the partial unique index lets one in.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const open = await this.em.fork().findOne(Agreement, {
        ward: { code: input.wardCode },
        status: { $in: [...OPEN_AGREEMENT_STATUSES] },
      });
      throw new ConflictError(
        'Someone started an agreement for this ward at the same moment; change that one instead.',
        open ? currentState(open) : {},
      );
    }
  }

  private async createOnce(actor: Actor, input: NewAgreement): Promise<Agreement> {
    const today = todayInVietnam();
    return this.em.transactional(async (em) => {
      const ward = await new GeographyService(em).wardByCode(input.wardCode, today, 'input.wardCode');
      await em.populate(ward, ['province']);
      // One scope for the whole write: it remembers the post offices it has looked up.
      const scope = new AccessScope(em, actor.viewer);
      await scope.assertMayStartAgreementFor(ward);
      const open = await em.findOne(Agreement, { ward, status: { $in: [...OPEN_AGREEMENT_STATUSES] } });
      if (open) {
        throw new ConflictError(
          `${ward.name} already has an agreement under way (${open.status}); change that one instead.`,
          currentState(open),
        );
      }
      const units = new ServiceUnitsService(em);
      const agency = input.agencyId
        ? await chosenUnit(em, Agency, input.agencyId, ward, today, 'input.agencyId')
        : servingUnit((await units.servingAgencies([ward], today))[0], ward, 'input.agencyId');
      const postOffice = input.postOfficeId
        ? await chosenUnit(em, PostOffice, input.postOfficeId, ward, today, 'input.postOfficeId')
        : servingUnit((await units.servingPostOffices([ward], today))[0], ward, 'input.postOfficeId');
      if (actor.viewer.role === 'COORDINATOR' && input.postOfficeId) {
        // A coordinator signs for their own post office (or a unit under it), never another's.
        await scope.assertMayChangeAgreement({ ward, postOffice });
      }
      const agreement = em.create(Agreement, {
        ward,
        agency,
        postOffice,
        status: 'DRAFTING',
        referenceNumber: input.referenceNumber ?? null,
        notes: input.notes ?? null,
      });
      em.create(AgreementStatusChange, {
        agreement,
        sequence: 1,
        fromStatus: null,
        toStatus: 'DRAFTING',
        changedAt: agreement.createdAt,
        changedBy: actor.viewer.displayName,
        note: null,
      });
      appendAuditRecord(em, actor, {
        action: 'agreement.create',
        entityType: 'Agreement',
        entityId: agreement.id,
        province: ward.province,
        before: null,
        after: snapshotAgreement(agreement),
      });
      return agreement;
    });
  }

  async changeStatus(actor: Actor, input: StatusChange): Promise<Agreement> {
    const today = todayInVietnam();
    return this.change(
      actor,
      { agreementId: input.agreementId, expectedVersion: input.expectedVersion, clientWriteId: input.clientWriteId },
      'agreement.changeStatus',
      async (em, agreement) => {
        const effectiveFrom = input.effectiveFrom ?? agreement.effectiveFrom;
        const effectiveTo =
          input.status === 'SIGNED' ? (input.effectiveTo ?? agreement.effectiveTo) : agreement.effectiveTo;
        const signed = agreement.signatories.getItems().filter((signatory) => signatory.signedOn !== null);
        const problem = transitionProblem(
          { status: agreement.status, effectiveFrom, effectiveTo, signedParties: signed.map((s) => s.party) },
          input.status,
          today,
        );
        if (problem) throw new InvalidInputError('input.status', problem);
        if (input.status === 'SIGNED') {
          agreement.signedOn = signed
            .map((signatory) => signatory.signedOn!)
            .sort()
            .at(-1)!;
          if (effectiveFrom! < agreement.signedOn) {
            throw new InvalidInputError(
              'input.effectiveFrom',
              `input.effectiveFrom: must not be before the last signature (${agreement.signedOn})`,
            );
          }
          if (effectiveTo !== null && effectiveTo < effectiveFrom!) {
            throw new InvalidInputError('input.effectiveTo', 'input.effectiveTo: must not be before effectiveFrom');
          }
          agreement.effectiveFrom = effectiveFrom;
          agreement.effectiveTo = effectiveTo;
          agreement.referenceNumber = input.referenceNumber ?? agreement.referenceNumber;
        }
        const steps = await em.count(AgreementStatusChange, { agreement });
        em.create(AgreementStatusChange, {
          agreement,
          sequence: steps + 1,
          fromStatus: agreement.status,
          toStatus: input.status,
          changedAt: new Date(),
          changedBy: actor.viewer.displayName,
          note: input.note ?? null,
        });
        agreement.status = input.status;
      },
    );
  }

  /** `input` has passed `recordSignatureRules` (a signing day in the future is refused there). */
  async recordSignature(actor: Actor, input: Signature): Promise<Agreement> {
    return this.change(
      actor,
      { agreementId: input.agreementId, expectedVersion: input.expectedVersion, clientWriteId: input.clientWriteId },
      'agreement.recordSignature',
      async (em, agreement) => {
        if (!OPEN_AGREEMENT_STATUSES.includes(agreement.status)) {
          throw new InvalidInputError(
            'input.agreementId',
            `Signatures are recorded while drafting or awaiting signatures; this agreement is ${agreement.status}.`,
          );
        }
        const existing = agreement.signatories.getItems().find((signatory) => signatory.party === input.party);
        const fields = { name: input.name, title: input.title, signedOn: input.signedOn ?? null };
        if (existing) Object.assign(existing, fields);
        else agreement.signatories.add(em.create(AgreementSignatory, { agreement, party: input.party, ...fields }));
      },
    );
  }

  /**
   * Loads the agreement inside a transaction, checks scope and version, applies `apply`, bumps
   * the version and appends the audit record. A concurrent change that commits between our
   * read and our write makes the versioned UPDATE match no row: MikroORM then throws
   * OptimisticLockError, the transaction rolls back (no data, no audit), and the user gets CONFLICT.
   *
   * A write carrying a `clientWriteId` this account has already applied is a replay: it changes
   * nothing and answers the agreement as it is now (see agreement-write-replay.ts). The key is
   * looked up only when the write fails, not before every write: a replay always fails, because
   * the copy that was applied moved the version on (CONFLICT), or, if two copies race, the loser
   * fails like any lost race (at the latest on the audit record's unique (account, clientWriteId)).
   * Either way the failure finds the key and answers as a replay, and a first write pays nothing.
   * A key reused for a different write fails the same ways and is refused there.
   */
  private async change(
    actor: Actor,
    target: { agreementId: string; expectedVersion: number; clientWriteId?: string | null | undefined },
    action: string,
    apply: (em: EntityManager, agreement: Agreement) => Promise<void>,
  ): Promise<Agreement> {
    const { agreementId: id, expectedVersion, clientWriteId = null } = target;
    const write = clientWriteId ? { clientWriteId, action, agreementId: id } : null;
    try {
      return await this.em.transactional(async (em) => {
        const agreement = await em.findOne(Agreement, { id }, { populate: ['ward.province', 'signatories'] });
        if (!agreement) throw new NotFoundError(`No agreement has id "${id}"`);
        await new AccessScope(em, actor.viewer).assertMayChangeAgreement(agreement);
        if (agreement.version !== expectedVersion) throw await conflict(em, agreement);
        const before = snapshotAgreement(agreement);
        await apply(em, agreement);
        // Touching the row makes every change (a signatory too) bump the version.
        agreement.updatedAt = new Date();
        appendAuditRecord(em, actor, {
          action,
          entityType: 'Agreement',
          entityId: agreement.id,
          province: agreement.ward.province,
          before,
          after: snapshotAgreement(agreement, expectedVersion + 1),
          clientWriteId,
        });
        return agreement;
      });
    } catch (error) {
      // The loser of a race fails either on the versioned UPDATE or, first, on inserting the same
      // history step (agreement, sequence) as the winner: both mean someone else changed it first.
      const lostRace = error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException;
      if (!lostRace && !(error instanceof ConflictError)) throw error;
      const fresh = this.em.fork();
      // A copy of this very write already applied (delivered earlier, or racing this one) makes
      // this one a replay, not a conflict.
      if (write && (await alreadyApplied(fresh, actor, write))) return this.asNow(fresh, actor, id);
      if (!lostRace) throw error;
      const current = await fresh.findOne(Agreement, { id });
      throw current ? await conflict(fresh, current) : new NotFoundError(`No agreement has id "${id}"`);
    }
  }

  /**
   * The answer to a replayed write: the agreement as it is now, not as that write left it. The
   * client needs a success to show the write accepted, and an answer older than what its cache
   * may already hold would move the page backwards. (The offline queue builds the writes after a
   * replayed one on the version that write produced, its expected version + 1, not on this.)
   */
  private async asNow(em: EntityManager, actor: Actor, id: string): Promise<Agreement> {
    const agreement = await em.findOne(Agreement, { id }, { populate: ['ward.province', 'signatories'] });
    if (!agreement) throw new NotFoundError(`No agreement has id "${id}"`);
    // The same check as a write: an account that has since lost this agreement does not read it here.
    await new AccessScope(em, actor.viewer).assertMayChangeAgreement(agreement);
    return agreement;
  }
}
