import { Check, Entity, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Ward } from '../geography/ward.entity.js';
import { Publication } from '../participation/publication.entity.js';

/**
 * Where a ward's People's Committee sits, the ward's area and its population, as one
 * publication gave them on one day (the 2025 reorganisation published all three together).
 * A point, not an outline: the published data has no boundaries. Not a GraphQL type itself:
 * `Ward.location`, `Ward.areaKm2` and `Ward.population` show it, each with its source and day.
 */
@Entity({ tableName: 'ward_seat' })
// Ranges of degrees and areas are checked by the import (seat-list.ts): PostgreSQL rewrites checks
// on doubles (`(-90)::double precision`), which the schema comparison would then see as changed.
@Check({ name: 'ward_seat_population_check', expression: 'population is null or population >= 0' })
export class WardSeat {
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  /** One seat per unit: a unit is its code together with its period, so the old and new `26740` differ. */
  @OneToOne({ entity: () => Ward, owner: true, unique: true })
  ward!: Ward;

  /** WGS 84 degrees, about 100 m precision as published. */
  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Property({ type: 'double', nullable: true })
  areaKm2: number | null = null;

  /** Null where the source published "being updated" (70 of 3,321 units in 2025). */
  @Property({ type: 'integer', nullable: true })
  population: number | null = null;

  /** The day the figures describe (the reorganisation's first day for the 2025 publication). */
  @Property({ type: 'date' })
  asOf!: string;

  @ManyToOne({ entity: () => Publication, index: true })
  source!: Publication;
}
