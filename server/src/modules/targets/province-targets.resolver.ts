import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { loadOptionalReference, loadReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { Target } from './target.entity.js';
import { TargetProgress } from './target-progress.type.js';
import { TargetsService } from './targets.service.js';

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

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The provincial unit the target is for, if it is one.',
  })
  province(@Root() target: Target): Promise<Province | null> {
    return loadOptionalReference(target.province);
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward the target is for, if it is one.' })
  ward(@Root() target: Target): Promise<Ward | null> {
    return loadOptionalReference(target.ward);
  }

  @FieldResolver(() => Publication, { description: 'Where the target was published.' })
  source(@Root() target: Target): Promise<Publication> {
    return loadReference(target.source);
  }
}
