import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import type { z } from 'zod';
import { ConflictError, InvalidInputError } from '../../errors.js';
import { AccessScope } from '../access/access-scope.js';
import { appendAuditRecord, type Actor } from '../audit/audit-trail.js';
import { GeographyService } from '../geography/geography.service.js';
import { findOrCreatePublication, snapshotPublication } from '../participation/publications.js';
import type { setTargetRules } from '@tripartite/shared/write-rules';
import { Target } from './target.entity.js';

type TargetInput = z.output<typeof setTargetRules>;

function snapshotTarget(target: Target, version = target.version): Record<string, unknown> {
  return {
    id: target.id,
    provinceId: target.province?.id ?? null,
    wardId: target.ward?.id ?? null,
    scheme: target.scheme,
    year: target.year,
    totalParticipants: target.totalParticipants,
    retainedParticipants: target.retainedParticipants,
    newParticipants: target.newParticipants,
    source: snapshotPublication(target.source),
    version,
  };
}

function conflict(target: Target | null, message: string): ConflictError {
  return new ConflictError(
    message,
    target ? { id: target.id, version: target.version, totalParticipants: target.totalParticipants } : {},
  );
}

/** Sets a unit's target for a year: directors in their province, admins anywhere. */
export class TargetWritesService {
  constructor(private readonly em: EntityManager) {}

  async set(actor: Actor, input: TargetInput): Promise<Target> {
    // The unit as it stood in the target's year: 79 in 2024 is the Ho Chi Minh City before the merger.
    const today = todayInVietnam();
    const day = `${input.year}-12-31` < today ? `${input.year}-12-31` : today;
    try {
      return await this.em.transactional(async (em) => {
        const { province, ward } = await new GeographyService(em).unitByCode(input, day);
        await new AccessScope(em, actor.viewer).assertManagesProvince(province, 'Targets');
        const unit = ward ? { ward } : { province };
        const existing = await em.findOne(
          Target,
          { ...unit, scheme: input.scheme, year: input.year },
          { populate: ['source'] },
        );
        if (existing && input.expectedVersion == null) {
          throw conflict(
            existing,
            `This unit already has a ${input.year} target (version ${existing.version}); send expectedVersion to replace it.`,
          );
        }
        if (!existing && input.expectedVersion != null) {
          throw new InvalidInputError(
            'input.expectedVersion',
            'input.expectedVersion: there is no target to replace; leave it out',
          );
        }
        if (existing && existing.version !== input.expectedVersion) {
          throw conflict(
            existing,
            `Someone changed this target since you saw it: it is now version ${existing.version}.`,
          );
        }
        const before = existing ? snapshotTarget(existing) : null;
        const values = {
          totalParticipants: input.totalParticipants,
          retainedParticipants: input.retainedParticipants ?? null,
          newParticipants: input.newParticipants ?? null,
          source: await findOrCreatePublication(em, input.source),
        };
        // The same values again change nothing: no new version, no audit record of a non-event.
        if (existing && sameValues(existing, values)) return existing;
        const target = existing
          ? Object.assign(existing, values)
          : em.create(Target, { ...unit, scheme: input.scheme, year: input.year, ...values });
        appendAuditRecord(em, actor, {
          action: 'target.set',
          entityType: 'Target',
          entityId: target.id,
          province,
          before,
          after: snapshotTarget(target, existing ? existing.version + 1 : 1),
        });
        return target;
      });
    } catch (error) {
      // Two people setting one target at once: the unique index (a new target) or the versioned
      // UPDATE (a replacement) lets one in; the other is told what it now is.
      if (!(error instanceof UniqueConstraintViolationException || error instanceof OptimisticLockError)) throw error;
      const { province, ward } = await new GeographyService(this.em.fork()).unitByCode(input, day);
      const current = await this.em.fork().findOne(Target, {
        ...(ward ? { ward: ward.id } : { province: province.id }),
        scheme: input.scheme,
        year: input.year,
      });
      throw conflict(current, 'Someone set this target at the same moment; look at it again before changing it.');
    }
  }
}

function sameValues(
  target: Target,
  values: Pick<Target, 'totalParticipants' | 'retainedParticipants' | 'newParticipants' | 'source'>,
): boolean {
  return (
    target.totalParticipants === values.totalParticipants &&
    target.retainedParticipants === values.retainedParticipants &&
    target.newParticipants === values.newParticipants &&
    target.source.id === values.source.id
  );
}
