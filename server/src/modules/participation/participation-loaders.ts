import type { Scheme } from '@tripartite/shared';
import type { RequestContext } from '../../graphql/request-context.js';
import { predecessorLookup } from '../geography/ward-lineage.js';
import { ParticipationService } from './participation.service.js';
import type { ParticipationTotal } from './participation-total.type.js';

type TotalsQuery = { year: number; scheme: Scheme | null | undefined };

/**
 * The per-request loaders of units' participation totals, shared by `participationTotals` and
 * the fields computed from them (rates per population), so asking for both reads once.
 */
export function wardTotalsLoader(context: RequestContext, { year, scheme }: TotalsQuery) {
  return context.loaders.get<string, ParticipationTotal[]>(`wardTotals:${year}:${scheme ?? 'all'}`, (ids) =>
    new ParticipationService(context.em).totalsOfWards(
      ids,
      { year, scheme: scheme ?? undefined },
      predecessorLookup(context),
    ),
  );
}

export function provinceTotalsLoader(context: RequestContext, { year, scheme }: TotalsQuery) {
  return context.loaders.get<string, ParticipationTotal[]>(`provinceTotals:${year}:${scheme ?? 'all'}`, (ids) =>
    new ParticipationService(context.em).totalsOfProvinces(ids, { year, scheme: scheme ?? undefined }),
  );
}
