import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { TargetProgress } from './target-progress.type.js';
import { TargetsService } from './targets.service.js';

@Resolver(() => Ward)
export class WardTargetsResolver {
  @FieldResolver(() => [TargetProgress], {
    description: 'The year’s targets set for this ward, each with what it has achieved and the fraction reached.',
  })
  targets(
    @Root() ward: Ward,
    @Arg('year', () => Int, { description: 'The calendar year, such as `2026`.' }) year: number,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<TargetProgress[]> {
    return loaders
      .get<string, TargetProgress[]>(`wardTargets:${year}`, (ids) => new TargetsService(em).progressOfWards(ids, year))
      .load(ward.id);
  }
}
