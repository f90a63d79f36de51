import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { PageInfo } from '../../graphql/page-info.type.js';
import { AuditRecord } from './audit-record.entity.js';

@ObjectType({ simpleResolvers: true, description: 'One audit record in a page, with its cursor.' })
export class AuditRecordEdge {
  @Field(() => String, { description: 'Opaque position of this record in the list.' })
  cursor!: string;

  @Field(() => AuditRecord, { description: 'The record.' })
  node!: AuditRecord;
}

@ObjectType({ simpleResolvers: true, description: 'A page of audit records (a Relay-style connection), newest first.' })
export class AuditRecordConnection {
  @Field(() => [AuditRecordEdge], { description: 'The records of this page, each with its cursor.' })
  edges!: AuditRecordEdge[];

  @Field(() => [AuditRecord], { description: 'The records of this page, without cursors.' })
  nodes!: AuditRecord[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Records matching the filter (within what you may see), over all pages.' })
  totalCount!: number;
}

@InputType({ description: 'Narrows the audit trail; every field given must match.' })
export class AuditRecordFilter {
  @Field(() => String, { nullable: true, description: 'Only records of this kind of entity, such as `Agreement`.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records of this entity (its id).' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, such as `agreement.changeStatus`.' })
  action?: string | null;
}

export const auditFilterRules = z.object({
  entityType: z.string().max(40, 'at most 40 characters').nullish(),
  entityId: z.string().max(60, 'at most 60 characters').nullish(),
  action: z.string().max(60, 'at most 60 characters').nullish(),
});
