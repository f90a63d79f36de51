import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { wardTotalsLoader } from './participation-loaders.js';
import { ParticipationService } from './participation.service.js';
import { ParticipationTotal } from './participation-total.type.js';
import { ParticipationFiguresArgs } from './unit-participation.args.js';

@Resolver(() => Ward)
export class WardParticipationResolver {
  @FieldResolver(() => [ParticipationFigure], {
    description: 'Participation figures recorded for this ward in a year, oldest period first, each with its source.',
  })
  participationFigures(
    @Root() ward: Ward,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<ParticipationFigure[]> {
    return loaders
      .get<string, ParticipationFigure[]>(`wardFigures:${year}:${scheme ?? 'all'}`, (ids) =>
        new ParticipationService(em).figuresOfWards(ids, { year, scheme: scheme ?? undefined }),
      )
      .load(ward.id);
  }

  @FieldResolver(() => [ParticipationTotal], {
    description:
      'This unit’s participants in a year summed with those of every unit merged into it (the old wards’ figures under the ward formed from them on 1 July 2025), per period, scheme, measure and source; each total lists the figures it adds up, on the units they were recorded for. Ask for the unit as of a day (`asOf` on the lookup) to choose which units are today’s: an old unit gives only its own (and its own predecessors’) figures.',
  })
  participationTotals(
    @Root() ward: Ward,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationTotal[]> {
    return wardTotalsLoader(context, { year, scheme }).load(ward.id);
  }
}
