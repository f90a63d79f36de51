import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { selectionOf, selectsOnly } from '../../graphql/selection.js';
import { answerableFromPlainProvince } from '../geography/plain-province.js';
import { Province } from '../geography/province.entity.js';
import { TargetProgress } from './target-progress.type.js';
import { PLAIN_TARGET_FIELDS, plainTarget, progressOfProvinceRows } from './province-target-rows.js';
import { TargetsService } from './targets.service.js';

// Reads only the province's id: a plain province row will do.
answerableFromPlainProvince('targets', true);

@Resolver(() => Province)
export class ProvinceTargetsResolver {
  @FieldResolver(() => [TargetProgress], {
    description:
      'The year’s targets of this unit and of the units merged into it, each with what has been achieved and the fraction reached.',
  })
  targets(
    @Root() province: Province,
    @Arg('year', () => Int, { description: 'The calendar year, such as `2024`.' }) year: number,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TargetProgress[]> {
    const selection = selectionOf(info);
    const target = selection?.fields.get('target');
    if (selection !== null && (target === undefined || selectsOnly(target, PLAIN_TARGET_FIELDS))) {
      // Only the targets' own columns (the director's dashboard): plain objects, no EntityManager
      // fork and no identity map for them.
      return context.loaders
        .get<string, TargetProgress[]>(`targets:${year}:plain`, (ids) =>
          progressOfProvinceRows(context.rows, ids, year, plainTarget),
        )
        .load(province.id);
    }
    return context.loaders
      .get<string, TargetProgress[]>(`targets:${year}`, (ids) =>
        new TargetsService(context.em).progressOfProvinces(ids, year),
      )
      .load(province.id);
  }
}
