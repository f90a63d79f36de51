import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { ParticipationService } from './participation.service.js';
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
}
