import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { ParticipationService } from './participation.service.js';
import { provinceTotalsLoader } from './participation-loaders.js';
import { ParticipationTotal } from './participation-total.type.js';
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

  @FieldResolver(() => [ParticipationTotal], {
    description:
      'This unit’s participants in a year summed with those of every unit merged into it (such as Bình Dương’s and the old city’s July 2020 figures under today’s Hồ Chí Minh), per period, scheme, measure and source; each total lists the figures it adds up, on the units they were recorded for. Ask for the unit as of a day (`asOf` on the lookup) to choose which units are today’s: an old unit gives only its own (and its own predecessors’) figures. Province-level figures only; ward figures are summed on each ward.',
  })
  participationTotals(
    @Root() province: Province,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationTotal[]> {
    return provinceTotalsLoader(context, { year, scheme }).load(province.id);
  }
}
