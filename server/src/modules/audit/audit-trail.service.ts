import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { assertPageArguments, connectionOf, MAX_PAGE_SIZE } from '../../db/cursor-page.js';
import { AccessScope } from '../access/access-scope.js';
import type { Viewer } from '../access/viewer.js';
import { AuditRecord } from './audit-record.entity.js';

export { MAX_PAGE_SIZE as MAX_AUDIT_PAGE_SIZE };

export type AuditFilter = {
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
};

/** Reads the audit trail, newest first; a director sees only records of the provinces they manage. */
export class AuditTrailService {
  constructor(private readonly em: EntityManager) {}

  async page(viewer: Viewer, filter: AuditFilter, first: number, after: string | null) {
    assertPageArguments(first, after);
    const where: FilterQuery<AuditRecord> & Record<string, unknown> = {};
    if (filter.entityType != null) where['entityType'] = filter.entityType;
    if (filter.entityId != null) where['entityId'] = filter.entityId;
    if (filter.action != null) where['action'] = filter.action;
    const managed = await new AccessScope(this.em, viewer).managedProvinceIds();
    if (managed !== null) where['province'] = { $in: [...managed] };

    const orderBy = { occurredAt: 'desc', id: 'desc' } as const;
    const page = await this.em.findByCursor(AuditRecord, {
      where,
      first,
      ...(after !== null ? { after } : {}),
      orderBy,
      includeCount: true,
    });
    const meta = this.em.getMetadata().get(AuditRecord);
    return connectionOf(page, (record) => Cursor.for(meta, { occurredAt: record.occurredAt, id: record.id }, orderBy));
  }
}
