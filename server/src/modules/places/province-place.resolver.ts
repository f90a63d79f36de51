import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { dayWithin } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { JUDGED_ON_DESCRIPTION } from '../geography/as-of.args.js';
import { Province } from '../geography/province.entity.js';
import { provinceTotalsLoader } from '../participation/participation-loaders.js';
import { ParticipationFiguresArgs } from '../participation/unit-participation.args.js';
import { participationRates } from './participation-rates.js';
import { ParticipationRate, PopulationTotal } from './place-figures.type.js';
import { populationOfProvince } from './place-loaders.js';

/** A province's population, summed from its wards, and its participation against it. */
@Resolver(() => Province)
export class ProvincePlaceResolver {
  @FieldResolver(() => PopulationTotal, {
    nullable: true,
    description:
      'The population of this unit’s wards in force on the day, summed from their published figures with their sources; null when none of them has one.',
  })
  population(
    @Root() province: Province,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<PopulationTotal | null> {
    return populationOfProvince(context, province, dayWithin(province, asOf));
  }

  @FieldResolver(() => [ParticipationRate], {
    description:
      'Participants per 1,000 inhabitants in a year: each of `participationTotals` counting people covered at a period’s end, set against `population` (today’s wards, or those of `asOf`). Empty when either is missing.',
  })
  async participationRates(
    @Root() province: Province,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationRate[]> {
    const [population, totals] = await Promise.all([
      populationOfProvince(context, province, dayWithin(province, asOf)),
      provinceTotalsLoader(context, { year, scheme }).load(province.id),
    ]);
    return participationRates(totals, population);
  }
}
