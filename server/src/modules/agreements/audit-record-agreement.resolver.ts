import { AGREEMENT_STATUSES, type AgreementStatus } from '@tripartite/shared';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { AgreementStatusEnum } from './agreement-enums.js';

/** An agreement's status as its snapshot recorded it (see agreement-snapshot.ts); null for other records. */
function statusIn(record: AuditRecord, values: Record<string, unknown> | null): AgreementStatus | null {
  if (record.entityType !== 'Agreement') return null;
  const status = values?.['status'];
  return (AGREEMENT_STATUSES as readonly unknown[]).includes(status) ? (status as AgreementStatus) : null;
}

/**
 * Audit record fields about agreements, read from the record's own before/after values (no
 * statement at all): they live here because the audit module knows nothing of agreements.
 */
@Resolver(() => AuditRecord)
export class AuditRecordAgreementResolver {
  @FieldResolver(() => AgreementStatusEnum, {
    nullable: true,
    description:
      'For a write to an agreement, its status before the write; null when it created the agreement or for other records.',
  })
  agreementStatusBefore(@Root() record: AuditRecord): AgreementStatus | null {
    return statusIn(record, record.before);
  }

  @FieldResolver(() => AgreementStatusEnum, {
    nullable: true,
    description:
      'For a write to an agreement, its status after the write (the same as before for a signature); null for other records.',
  })
  agreementStatusAfter(@Root() record: AuditRecord): AgreementStatus | null {
    return statusIn(record, record.after);
  }
}
