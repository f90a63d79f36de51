import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { MANAGERS } from '../access/auth-checker.js';
import { auditFilterRules, AuditRecordConnection, AuditRecordFilter } from './audit-record-connection.type.js';
import { AuditTrailService, MAX_AUDIT_PAGE_SIZE } from './audit-trail.service.js';

@Resolver()
export class AuditResolver {
  @Authorized(MANAGERS)
  @Query(() => AuditRecordConnection, {
    description:
      'The audit trail, newest first: every write with who made it, when, and the values before and after. Admins see all of it; a director sees the records of their agency’s province.',
  })
  auditRecords(
    @Arg('filter', () => AuditRecordFilter, { nullable: true, description: 'Which records; all without it.' })
    filter: AuditRecordFilter | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, from 1 to ${MAX_AUDIT_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Start after this cursor (`pageInfo.endCursor`).' })
    after: string | null | undefined,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<AuditRecordConnection> {
    return new AuditTrailService(em).page(
      viewer!,
      validateInput(auditFilterRules, filter ?? {}, 'filter'),
      first,
      after ?? null,
    );
  }
}
