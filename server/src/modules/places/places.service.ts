import type { EntityManager } from '@mikro-orm/sql';
import { WardSeat } from './ward-seat.entity.js';

/** Reads of where units are and how many live there; knows nothing of GraphQL. */
export class PlacesService {
  constructor(private readonly em: EntityManager) {}

  /** Each ward's seat with its source, or null: the batch function behind a DataLoader. */
  async seatsOfWards(wardIds: readonly string[]): Promise<(WardSeat | null)[]> {
    const seats = await this.em.find(WardSeat, { ward: { $in: [...wardIds] } }, { populate: ['source'] });
    const byWard = new Map(seats.map((seat) => [seat.ward.id, seat]));
    return wardIds.map((id) => byWard.get(id) ?? null);
  }
}
