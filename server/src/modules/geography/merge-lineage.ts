import type { EntityManager } from '@mikro-orm/sql';
import { Province } from './province.entity.js';
import type { Ward } from './ward.entity.js';
import { predecessorsOfWards } from './ward-lineage.js';

/** Merges chain at most this deep (Thừa Thiên Huế → Huế city in 2025 → today's Huế is two). */
const MAX_MERGE_DEPTH = 5;

/** For each unit reached, the requested units it counts toward (itself, when requested, included). */
export type CountsToward = Map<string, Set<string>>;

/**
 * Every requested unit and every unit merged into one, directly or through earlier merges, with
 * the requested units each counts toward. The graph of merges is loaded a level at a time (one
 * statement per level, whatever the number of units), then walked in memory, so the answer never
 * depends on the order rows arrive in. A unit split among several successors counts toward each.
 */
async function countsToward(
  requestedIds: readonly string[],
  predecessorsOf: (ids: string[]) => Promise<[predecessorId: string, successorId: string][]>,
): Promise<CountsToward> {
  const predecessorsBySuccessor = new Map<string, Set<string>>();
  const seen = new Set(requestedIds);
  let frontier = [...seen];
  for (let depth = 0; depth < MAX_MERGE_DEPTH && frontier.length > 0; depth++) {
    const links = await predecessorsOf(frontier);
    frontier = [];
    for (const [predecessorId, successorId] of links) {
      const predecessors = predecessorsBySuccessor.get(successorId) ?? new Set<string>();
      predecessorsBySuccessor.set(successorId, predecessors.add(predecessorId));
      if (!seen.has(predecessorId)) frontier.push(predecessorId);
      seen.add(predecessorId);
    }
  }
  const toward: CountsToward = new Map([...seen].map((id) => [id, new Set<string>()]));
  for (const requestedId of new Set(requestedIds)) {
    const stack = [requestedId];
    const visited = new Set<string>();
    while (stack.length > 0) {
      const unitId = stack.pop()!;
      if (visited.has(unitId)) continue;
      visited.add(unitId);
      toward.get(unitId)!.add(requestedId);
      stack.push(...(predecessorsBySuccessor.get(unitId) ?? []));
    }
  }
  return toward;
}

/** Provinces and the provinces merged into them (Bình Dương, Bà Rịa – Vũng Tàu and the old city into today's Hồ Chí Minh). */
export function provincesCountingToward(em: EntityManager, provinceIds: readonly string[]): Promise<CountsToward> {
  return countsToward(provinceIds, async (ids) => {
    const predecessors = await em.find(Province, { successor: { $in: ids } });
    return predecessors.map((predecessor) => [predecessor.id, predecessor.successor!.id]);
  });
}

/** Looks up each ward's predecessors: a request's loader, to share the lookups between fields. */
export type WardPredecessorLookup = (wardIds: readonly string[]) => Promise<Ward[][]>;

/** Wards and the wards merged into them, through the succession table. */
export function wardsCountingToward(
  em: EntityManager,
  wardIds: readonly string[],
  predecessorsOf: WardPredecessorLookup = (ids) => predecessorsOfWards(em, ids),
): Promise<CountsToward> {
  return countsToward(wardIds, async (ids) => {
    const predecessors = await predecessorsOf(ids);
    return ids.flatMap((id, index) => predecessors[index]!.map((ward): [string, string] => [ward.id, id]));
  });
}

/**
 * The same walk as `provincesCountingToward`, in SQL, for a statement that reads what the units
 * count toward in the same round trip: a recursive common table expression
 * `province_toward(id, toward_id)` of every requested province (toward itself) and every
 * province merged into one, directly or through earlier merges up to MAX_MERGE_DEPTH, with the
 * requested province it counts toward. Both databases run it; its placeholders are the ids.
 */
export function provincesCountingTowardSql(provinceCount: number): string {
  const ids = Array.from({ length: provinceCount }, () => '?').join(', ') || 'null';
  return `province_toward(id, toward_id, depth) as (
  select p.id, p.id, 0 from province p where p.id in (${ids})
  union all
  select p.id, t.toward_id, t.depth + 1 from province p join province_toward t on p.successor_id = t.id
  where t.depth < ${MAX_MERGE_DEPTH}
)`;
}
