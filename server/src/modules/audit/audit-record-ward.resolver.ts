import type DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { AuditRecord } from './audit-record.entity.js';

/** The ward a record's values name (`wardId` after the write, else before), if any. */
export function wardIdOf(record: AuditRecord): string | null {
  for (const values of [record.after, record.before]) {
    const wardId = values?.['wardId'];
    if (typeof wardId === 'string') return wardId;
  }
  return null;
}

/** Wards by id, batched across every record of the response: one statement for a page of records. */
function wardByIdLoader({ em, loaders }: RequestContext): DataLoader<string, Ward | null> {
  return loaders.get<string, Ward | null>('wardById', async (ids) => {
    const wards = await em.find(Ward, { id: { $in: [...ids] } });
    const byId = new Map(wards.map((ward) => [ward.id, ward]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Audit record fields read from geography: which ward a write was about. */
@Resolver(() => AuditRecord)
export class AuditRecordWardResolver {
  @FieldResolver(() => Ward, {
    nullable: true,
    description:
      'The ward (or commune, special zone) the write was about: an agreement’s ward, a ward-level target’s or figure’s; null for writes about no ward (accounts, tokens, province-level targets).',
  })
  ward(@Root() record: AuditRecord, @Ctx() context: RequestContext): Promise<Ward | null> | null {
    const wardId = wardIdOf(record);
    return wardId ? wardByIdLoader(context).load(wardId) : null;
  }
}
