import { matchesVietnameseSearch, type WardSigningStatus } from '@tripartite/shared';
import type { RequestContext } from '../../graphql/request-context.js';
import type { Selection } from '../../graphql/selection.js';
import { PLAIN_STANDING, plainWardStandings, type PlainWard } from './ward-standing-rows.js';

/*
 * `Province.wards` for today from plain rows (ward-standing-rows.ts), batched across every
 * province in the response: one statement for a list of provinces, as the entity path's
 * collection loader. Same filters as `GeographyService.wardsOf` and the resolver: a search on
 * name and code that ignores diacritics, and signing statuses.
 */

/** A selection's shape as a string: the loader's key, so differently shaped lists never share rows. */
function shapeOf(selection: Selection): string {
  return [...selection.fields]
    .map(([name, field]) => (field.fields.size > 0 ? `${name}{${shapeOf(field)}}` : name))
    .sort()
    .join(',');
}

const leaf = (): Selection => ({ hasArguments: false, fields: new Map() });

export async function plainWardsOfProvince(
  context: RequestContext,
  provinceId: string,
  options: {
    day: string;
    selection: Selection;
    search: string | undefined;
    signingStatus: readonly WardSigningStatus[] | undefined;
  },
): Promise<PlainWard[]> {
  const { day, search, signingStatus } = options;
  // What the filters read, beside what the query shows: the code for the search, the status for its filter.
  const selection: Selection = { hasArguments: false, fields: new Map(options.selection.fields) };
  if (search) selection.fields.set('code', selection.fields.get('code') ?? leaf());
  if (signingStatus) selection.fields.set('signingStatus', leaf());
  const wards = await context.loaders
    .get<string, PlainWard[]>(`plainWardsOfProvince:${day}:${shapeOf(selection)}`, async (provinceIds) => {
      const rows = await plainWardStandings(context.rows, {
        province: { ids: provinceIds },
        day,
        onlyLacking: false,
        selection,
      });
      // Rows come in Vietnamese name order; each province keeps it.
      return provinceIds.map((id) => rows.filter((ward) => ward[PLAIN_STANDING].provinceId === id));
    })
    .load(provinceId);
  return wards
    .filter((ward) => !search || matchesVietnameseSearch(`${ward.name} ${String(ward['code'])}`, search))
    .filter((ward) => !signingStatus || signingStatus.includes(ward[PLAIN_STANDING].status));
}
