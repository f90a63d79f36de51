import type { RequestContext } from '../../graphql/request-context.js';
import { GeographyService } from '../geography/geography.service.js';
import type { Province } from '../geography/province.entity.js';
import type { PopulationTotal } from './place-figures.type.js';
import { PlacesService } from './places.service.js';
import type { WardSeat } from './ward-seat.entity.js';

/** A ward's seat, area and population: one query for every ward of a request (and one for their sources). */
export function seatOf(context: RequestContext, wardId: string): Promise<WardSeat | null> {
  return context.loaders
    .get<string, WardSeat | null>('wardSeat', (ids) => new PlacesService(context.em).seatsOfWards(ids))
    .load(wardId);
}

/** The population of some wards: the sum of those with a figure, and how many have none. */
export async function populationOfWards(
  context: RequestContext,
  wardIds: readonly string[],
): Promise<PopulationTotal | null> {
  const seats = await Promise.all(wardIds.map((id) => seatOf(context, id)));
  const counted = seats.filter((seat): seat is WardSeat & { population: number } => seat?.population != null);
  if (counted.length === 0) return null;
  const sources = new Map(counted.map((seat) => [seat.source.id, seat.source]));
  return {
    inhabitants: counted.reduce((sum, seat) => sum + seat.population, 0),
    asOf: counted.map((seat) => seat.asOf).reduce((latest, day) => (day > latest ? day : latest)),
    sources: [...sources.values()],
    wardsCounted: counted.length,
    wardsWithoutFigure: wardIds.length - counted.length,
  };
}

/** A province's population on a day: its wards in force then (batched across provinces), summed. */
export async function populationOfProvince(
  context: RequestContext,
  province: Province,
  day: string,
): Promise<PopulationTotal | null> {
  const wards = await new GeographyService(context.em).wardsOf(province, day);
  return populationOfWards(
    context,
    wards.map((ward) => ward.id),
  );
}
