import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { ParticipationService } from './participation.service.js';
import { ParticipationFiguresArgs } from './unit-participation.args.js';

@Resolver(() => Province)
export class ProvinceParticipationResolver {
  @FieldResolver(() => [ParticipationFigure], {
    description:
      'Participation figures recorded for this unit itself in a year, oldest period first, each with its measure and source. Its wards’ figures are on each ward.',
  })
  participationFigures(
    @Root() province: Province,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<ParticipationFigure[]> {
    return loaders
      .get<string, ParticipationFigure[]>(`provinceFigures:${year}:${scheme ?? 'all'}`, (ids) =>
        new ParticipationService(em).figuresOfProvinces(ids, { year, scheme: scheme ?? undefined }),
      )
      .load(province.id);
  }
}
