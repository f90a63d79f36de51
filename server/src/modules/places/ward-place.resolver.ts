import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Ward } from '../geography/ward.entity.js';
import { wardTotalsLoader } from '../participation/participation-loaders.js';
import { ParticipationFiguresArgs } from '../participation/unit-participation.args.js';
import { participationRates } from './participation-rates.js';
import { AreaFigure, GeoPoint, ParticipationRate, PopulationFigure } from './place-figures.type.js';
import { seatOf } from './place-loaders.js';

/** Where a ward is and how many live there, from its recorded seat (`import seats`). */
@Resolver(() => Ward)
export class WardPlaceResolver {
  @FieldResolver(() => GeoPoint, {
    nullable: true,
    description:
      'Where this unit’s People’s Committee sits, with its source; null when none is recorded (units of before 1 July 2025 have none).',
  })
  async location(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<GeoPoint | null> {
    const seat = await seatOf(context, ward.id);
    return seat && { latitude: seat.latitude, longitude: seat.longitude, asOf: seat.asOf, source: seat.source };
  }

  @FieldResolver(() => AreaFigure, {
    nullable: true,
    description: 'This unit’s area in square kilometres as published, with its source; null when none is recorded.',
  })
  async areaKm2(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<AreaFigure | null> {
    const seat = await seatOf(context, ward.id);
    return seat?.areaKm2 != null ? { squareKilometres: seat.areaKm2, asOf: seat.asOf, source: seat.source } : null;
  }

  @FieldResolver(() => PopulationFigure, {
    nullable: true,
    description:
      'This unit’s population as published, with its source; null when none is recorded or it was published as "being updated".',
  })
  async population(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<PopulationFigure | null> {
    const seat = await seatOf(context, ward.id);
    return seat?.population != null ? { inhabitants: seat.population, asOf: seat.asOf, source: seat.source } : null;
  }

  @FieldResolver(() => [ParticipationRate], {
    description:
      'Participants per 1,000 inhabitants in a year: each of `participationTotals` counting people covered at a period’s end, set against `population`. Empty when either is missing.',
  })
  async participationRates(
    @Root() ward: Ward,
    @Args(() => ParticipationFiguresArgs) { year, scheme }: ParticipationFiguresArgs,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationRate[]> {
    const [seat, totals] = await Promise.all([
      seatOf(context, ward.id),
      wardTotalsLoader(context, { year, scheme }).load(ward.id),
    ]);
    const population = seat?.population != null ? { inhabitants: seat.population, asOf: seat.asOf } : null;
    return participationRates(totals, population);
  }
}
