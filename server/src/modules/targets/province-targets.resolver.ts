import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { answerableFromPlainProvince } from '../geography/plain-province.js';
import { Province } from '../geography/province.entity.js';
import { TargetProgress } from './target-progress.type.js';
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
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<TargetProgress[]> {
    return loaders
      .get<string, TargetProgress[]>(`targets:${year}`, (ids) => new TargetsService(em).progressOfProvinces(ids, year))
      .load(province.id);
  }
}
