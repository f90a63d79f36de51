import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { assertTimeAndIdCursor } from '../../db/cursor.js';
import { InvalidInputError } from '../../errors.js';
import { AccessScope } from '../access/access-scope.js';
import type { Viewer } from '../access/viewer.js';
import { AuditRecord } from './audit-record.entity.js';

export const MAX_AUDIT_PAGE_SIZE = 100;

export type AuditFilter = {
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
};

/** Reads the audit trail, newest first; a director sees only records of the provinces they manage. */
export class AuditTrailService {
  constructor(private readonly em: EntityManager) {}

  async page(viewer: Viewer, filter: AuditFilter, first: number, after: string | null) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE_SIZE) {
      throw new InvalidInputError('first', `first must be between 1 and ${MAX_AUDIT_PAGE_SIZE}; got ${first}`);
    }
    if (after !== null) assertTimeAndIdCursor(after, 'after');
    const where: FilterQuery<AuditRecord> & Record<string, unknown> = {};
    if (filter.entityType != null) where['entityType'] = filter.entityType;
    if (filter.entityId != null) where['entityId'] = filter.entityId;
    if (filter.action != null) where['action'] = filter.action;
    const managed = await new AccessScope(this.em, viewer).managedProvinceIds();
    if (managed !== null) where['province'] = { $in: [...managed] };

    const orderBy = { occurredAt: 'desc', id: 'desc' } as const;
    const cursor = await this.em.findByCursor(AuditRecord, {
      where,
      first,
      ...(after !== null ? { after } : {}),
      orderBy,
      includeCount: true,
    });
    const meta = this.em.getMetadata().get(AuditRecord);
    const records = [...cursor.items];
    return {
      nodes: records,
      edges: records.map((node) => ({
        node,
        cursor: Cursor.for(meta, { occurredAt: node.occurredAt, id: node.id }, orderBy),
      })),
      pageInfo: {
        hasNextPage: cursor.hasNextPage,
        hasPreviousPage: cursor.hasPrevPage,
        startCursor: cursor.startCursor,
        endCursor: cursor.endCursor,
      },
      totalCount: cursor.totalCount,
    };
  }
}
