import type { EntityManager, FilterQuery } from '@mikro-orm/sql';
import { OPEN_AGREEMENT_STATUSES } from '@tripartite/shared';
import { InvalidInputError } from '../../errors.js';
import { AccessScope } from '../access/access-scope.js';
import type { Viewer } from '../access/viewer.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { Agreement } from './agreement.entity.js';
import type { StalledAgreement } from './stalled-agreement.type.js';

/** A month without a change: long enough that it is not a weekend or a holiday. */
export const DEFAULT_IDLE_DAYS = 30;
const DAY = 86_400_000;

/** Which agreements to look at: one province's wards, or one person's reach. */
type StalledScope = { provinceIds: readonly string[] | null } | { postOfficeIds: readonly string[] };

/**
 * Open agreements nobody has changed for a number of days, oldest change first. Three
 * statements whatever the number of wards: the agreements with their wards, their status
 * histories and their audit records (for who changed them last).
 */
export class StalledAgreementsService {
  constructor(private readonly em: EntityManager) {}

  async inProvince(provinceId: string, idleDays: number, now = new Date()): Promise<StalledAgreement[]> {
    return this.find({ provinceIds: [provinceId] }, idleDays, now);
  }

  /**
   * The stalled agreements a person can move forward: a director's province (with the old
   * provinces merged into it), a coordinator's post office (and those under it), everything
   * for an admin; nothing for a viewer, who can change nothing.
   */
  async of(viewer: Viewer, idleDays: number, now = new Date()): Promise<StalledAgreement[]> {
    const scope = new AccessScope(this.em, viewer);
    if (viewer.role === 'VIEWER') return [];
    if (viewer.role === 'COORDINATOR') {
      const postOfficeIds = [...(await scope.coordinatedPostOffices())];
      return postOfficeIds.length === 0 ? [] : this.find({ postOfficeIds }, idleDays, now);
    }
    const managed = await scope.managedProvinceIds();
    if (managed !== null && managed.size === 0) return [];
    return this.find({ provinceIds: managed === null ? null : [...managed] }, idleDays, now);
  }

  private async find(scope: StalledScope, idleDays: number, now: Date): Promise<StalledAgreement[]> {
    assertIdleDays(idleDays);
    const where: FilterQuery<Agreement> = {
      status: { $in: [...OPEN_AGREEMENT_STATUSES] },
      updatedAt: { $lte: new Date(now.getTime() - idleDays * DAY) },
      ...('postOfficeIds' in scope
        ? { postOffice: { $in: [...scope.postOfficeIds] } }
        : scope.provinceIds
          ? { ward: { province: { $in: [...scope.provinceIds] } } }
          : {}),
    };
    const agreements = await this.em.find(Agreement, where, {
      populate: ['ward'],
      orderBy: { updatedAt: 'asc', id: 'asc' },
    });
    if (agreements.length === 0) return [];
    const ids = agreements.map((agreement) => agreement.id);
    const [changes, audits] = await Promise.all([
      this.em
        .createQueryBuilder(AgreementStatusChange, 'c')
        .select(['c.agreement', 'c.changedBy', 'c.changedAt'])
        .where({ agreement: { $in: ids } })
        .execute<{ agreement: string; changedBy: string; changedAt: Date | string }[]>('all'),
      this.em
        .createQueryBuilder(AuditRecord, 'a')
        .select(['a.entityId', 'a.actor', 'a.occurredAt'])
        .where({ entityType: 'Agreement', entityId: { $in: ids } })
        .execute<{ entityId: string; actor: string; occurredAt: Date | string }[]>('all'),
    ]);
    // The later of the last status change and the last audited write (a signatory, a detail).
    const lastBy = new Map<string, { at: number; who: string }>();
    const consider = (id: string, at: Date | string, who: string) => {
      const time = new Date(at).getTime();
      const kept = lastBy.get(id);
      if (!kept || time >= kept.at) lastBy.set(id, { at: time, who });
    };
    changes.forEach((change) => consider(change.agreement, change.changedAt, change.changedBy));
    audits.forEach((audit) => consider(audit.entityId, audit.occurredAt, audit.actor));
    return agreements.map((agreement) => ({
      agreement,
      ward: agreement.ward,
      status: agreement.status,
      idleSince: agreement.updatedAt,
      daysIdle: Math.floor((now.getTime() - agreement.updatedAt.getTime()) / DAY),
      lastChangedBy: lastBy.get(agreement.id)?.who ?? '—',
    }));
  }
}

function assertIdleDays(idleDays: number): void {
  if (!Number.isInteger(idleDays) || idleDays < 0 || idleDays > 3_650) {
    throw new InvalidInputError('idleDays', `idleDays must be a whole number of days from 0 to 3650; got ${idleDays}`);
  }
}
