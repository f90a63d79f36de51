import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { SigningProgress } from '../agreements/signing-progress.type.js';
import { PopulationTotal } from './place-figures.type.js';
import { populationOfWards } from './place-loaders.js';

/** How many people live in the wards still lacking a signed agreement. */
@Resolver(() => SigningProgress)
export class SigningPopulationResolver {
  @FieldResolver(() => PopulationTotal, {
    nullable: true,
    description:
      'The population of the wards without a signed agreement in effect on the day (every status but `SIGNED`), summed from their published figures; `wardsWithoutFigure` counts those of them with none. Null when none of them has a figure.',
  })
  populationLackingSignedAgreement(
    @Root() progress: SigningProgress,
    @Ctx() context: RequestContext,
  ): Promise<PopulationTotal | null> {
    return populationOfWards(context, progress.lackingWardIds);
  }
}
