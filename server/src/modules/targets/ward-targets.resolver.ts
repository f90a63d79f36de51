import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { predecessorLookup } from '../geography/ward-lineage.js';
import { TargetProgress } from './target-progress.type.js';
import { TargetsService } from './targets.service.js';

@Resolver(() => Ward)
export class WardTargetsResolver {
  @FieldResolver(() => [TargetProgress], {
    description:
      'The year’s targets set for this ward and for the wards merged into it (each stays on the ward it was set for: see `target.ward`), each with what that ward achieved and the fraction reached.',
  })
  targets(
    @Root() ward: Ward,
    @Arg('year', () => Int, { description: 'The calendar year, such as `2026`.' }) year: number,
    @Ctx() context: RequestContext,
  ): Promise<TargetProgress[]> {
    return context.loaders
      .get<string, TargetProgress[]>(`wardTargets:${year}`, (ids) =>
        new TargetsService(context.em).progressOfWards(ids, year, predecessorLookup(context)),
      )
      .load(ward.id);
  }
}
