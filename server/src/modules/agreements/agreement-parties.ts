import type { EntityManager } from '@mikro-orm/sql';
import { isValidOn } from '../../db/validity.js';
import { InvalidInputError } from '../../errors.js';
import type { Ward } from '../geography/ward.entity.js';
import type { Agency } from '../organisations/agency.entity.js';
import type { PostOffice } from '../organisations/post-office.entity.js';

/** The ward's serving unit, when the input names none; an error when nobody serves it. */
export function servingUnit<U extends Agency | PostOffice>(unit: U | null | undefined, ward: Ward, field: string): U {
  if (!unit) throw new InvalidInputError(field, `${field}: no unit serves ${ward.name} today; name one`);
  return unit;
}

/** A unit named in the input: it must exist, be in force and belong to the ward's province. */
export async function chosenUnit<U extends Agency | PostOffice>(
  em: EntityManager,
  unitClass: new () => U,
  id: string,
  ward: Ward,
  today: string,
  field: string,
): Promise<U> {
  const unit = (await em.findOne(unitClass as new () => Agency, { id })) as U | null;
  if (!unit) throw new InvalidInputError(field, `${field}: no such unit`);
  if (!isValidOn(unit, today)) throw new InvalidInputError(field, `${field}: ${unit.name} is no longer in force`);
  // A national body (no province) is not a party to a ward's agreement; nor is another province's office.
  if (unit.province?.id !== ward.province.id) {
    throw new InvalidInputError(field, `${field}: ${unit.name} does not serve ${ward.name}’s province`);
  }
  return unit;
}
