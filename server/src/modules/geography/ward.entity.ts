import { Collection } from '@mikro-orm/core';
import { Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { WARD_KINDS, type WardKind } from '@tripartite/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Province } from './province.entity.js';

export const WardKindEnum = enumObject<WardKind>(WARD_KINDS);

registerEnumType(WardKindEnum, {
  name: 'WardKind',
  description: 'Kind of commune-level unit.',
  valuesConfig: {
    WARD: { description: 'Urban ward (phường).' },
    COMMUNE: { description: 'Rural commune (xã).' },
    SPECIAL_ZONE: { description: 'Special zone (đặc khu), such as Côn Đảo; since 1 July 2025.' },
    TOWNSHIP: { description: 'Township (thị trấn); only before 1 July 2025, when districts still existed.' },
  },
});

/**
 * A commune-level unit: ward, commune or special zone. Each one signs its own three-party
 * agreement with the social-insurance agency and the post office.
 */
@ObjectType({
  simpleResolvers: true,
  description:
    'A commune-level administrative unit (ward, commune or special zone) whose People’s Committee signs agreements.',
})
@Entity({ tableName: 'ward' })
@Unique({ properties: ['code', 'validFrom'] })
export class Ward {
  @Field(() => ID, { description: 'Stable identifier of this unit in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, { description: 'Official five-digit code of the General Statistics Office, such as `26743`.' })
  @Property({ type: 'string', length: 5 })
  code!: string;

  @Field(() => String, { description: 'Vietnamese short name, such as `Bến Thành`.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Vietnamese full name with its kind, such as `Phường Bến Thành`.' })
  @Property({ type: 'string', length: 150 })
  fullName!: string;

  @Field(() => String, { description: 'Name written without diacritics, such as `Ben Thanh`.' })
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Field(() => WardKindEnum, { description: 'Ward, commune, special zone or (before 2025) township.' })
  @Enum({ items: () => WardKindEnum, type: 'string' })
  kind!: WardKind;

  @ManyToOne({ entity: () => Province, index: true })
  province!: Province;

  @Field(() => CalendarDateScalar, { description: 'First day this unit exists with this code.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day this unit existed, when it has ended (merged); null while it is in force.',
  })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  /**
   * The units this one was merged into. Many old units became one new unit on 1 July 2025, and
   * some old units were split between several, so both directions are many-to-many.
   */
  @ManyToMany({
    entity: () => Ward,
    pivotTable: 'ward_succession',
    joinColumn: 'predecessor_id',
    inverseJoinColumn: 'successor_id',
    inversedBy: 'predecessors',
  })
  successors = new Collection<Ward>(this);

  @ManyToMany({ entity: () => Ward, mappedBy: 'successors' })
  predecessors = new Collection<Ward>(this);
}
