import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, InterfaceType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Province } from '../geography/province.entity.js';

/**
 * What social-insurance agencies and Vietnam Post units have in common: a code, a name, the
 * area they serve and the period they exist for. Their own hierarchies (parents, levels) live
 * in the subclasses because they change on different dates.
 */
@InterfaceType({
  description: 'What agencies and post offices have in common: a code, a name, the area served and a validity period.',
})
@Entity({ abstract: true })
export abstract class ServiceUnit {
  @Field(() => ID, { description: 'Stable identifier of this unit in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, { description: 'Code of the unit in its own organisation, unique together with `validFrom`.' })
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String, { description: 'Vietnamese name, such as `Bảo hiểm xã hội Thành phố Hồ Chí Minh`.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The provincial unit whose area it serves; null for a national body. */
  @ManyToOne({ entity: () => Province, nullable: true, index: true })
  province: Province | null = null;

  @Field(() => String, {
    description: 'The area it serves, in words, such as `Toàn Thành phố Hồ Chí Minh` or a list of wards.',
  })
  @Property({ type: 'string', length: 500 })
  areaServed!: string;

  @Field(() => CalendarDateScalar, { description: 'First day this unit exists in this form.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day this unit existed in this form; null while it is in force.',
  })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
