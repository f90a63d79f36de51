import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/request-context.js';
import { byVietnameseName } from './vietnamese-name-order.js';
import { Ward } from './ward.entity.js';

/**
 * The units merged into each ward, in Vietnamese name order: the batch function behind a
 * DataLoader. One statement for any number of wards (the predecessors joined through the
 * succession table), where MikroORM's collection dataloader writes one condition per ward and
 * SQLite gives up on a thousand ("Expression tree is too large").
 */
export async function predecessorsOfWards(em: EntityManager, wardIds: readonly string[]): Promise<Ward[][]> {
  const rows: (Record<string, unknown> & { successor_key: string })[] = await em
    .createQueryBuilder(Ward, 'p')
    .select('p.*')
    .addSelect(raw('s.id as successor_key'))
    .join('p.successors', 's')
    .where({ 's.id': { $in: [...wardIds] } })
    .execute('all', false);
  const groups = new Map<string, Ward[]>(wardIds.map((id) => [id, []]));
  for (const { successor_key: successorId, ...columns } of rows) {
    groups.get(successorId)?.push(em.map(Ward, columns));
  }
  return wardIds.map((id) =>
    [...new Map(groups.get(id)!.map((ward) => [ward.id, ward])).values()].sort(byVietnameseName),
  );
}

/** Each ward's predecessors, batched across every ward in the response. */
export function predecessorsOfWardLoader({ em, loaders }: RequestContext): DataLoader<string, Ward[]> {
  return loaders.get<string, Ward[]>('predecessorsOfWard', (wardIds) => predecessorsOfWards(em, wardIds));
}

/** The same lookup through the request's loader, for services that walk merges (figures, targets). */
export function predecessorLookup(context: RequestContext): (wardIds: readonly string[]) => Promise<Ward[][]> {
  const loader = predecessorsOfWardLoader(context);
  return (wardIds) => Promise.all(wardIds.map((id) => loader.load(id)));
}
