import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PROVINCE_KINDS, type ProvinceKind } from '@tripartite/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Ward } from './ward.entity.js';

export const ProvinceKindEnum = enumObject<ProvinceKind>(PROVINCE_KINDS);

registerEnumType(ProvinceKindEnum, {
  name: 'ProvinceKind',
  description: 'Whether a provincial-level unit is a centrally run city (thành phố) or a province (tỉnh).',
  valuesConfig: {
    CITY: { description: 'Centrally run city (thành phố trực thuộc trung ương), such as Ho Chi Minh City.' },
    PROVINCE: { description: 'Province (tỉnh).' },
  },
});

/**
 * A provincial-level administrative unit. Official codes were reused with another meaning on
 * 1 July 2025 (`80` was Long An and is now Tây Ninh), so a unit is its code together with the
 * period it is valid for.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A provincial-level administrative unit: a centrally run city or a province.',
})
@Entity({ tableName: 'province' })
@Unique({ properties: ['code', 'validFrom'] })
@Index({ properties: ['validFrom', 'validTo'] })
export class Province {
  @Field(() => ID, { description: 'Stable identifier of this unit in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => String, { description: 'Official two-digit code of the General Statistics Office, such as `79`.' })
  @Property({ type: 'string', length: 2 })
  code!: string;

  @Field(() => String, { description: 'Vietnamese short name, such as `Hồ Chí Minh`.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Vietnamese full name with its kind, such as `Thành phố Hồ Chí Minh`.' })
  @Property({ type: 'string', length: 150 })
  fullName!: string;

  @Field(() => String, { description: 'Name written without diacritics, for English texts, such as `Ho Chi Minh`.' })
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Field(() => ProvinceKindEnum, { description: 'Centrally run city or province.' })
  @Enum({ items: () => ProvinceKindEnum, type: 'string' })
  kind!: ProvinceKind;

  @Field(() => CalendarDateScalar, { description: 'First day this unit exists with this code.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Last day this unit existed, when it has ended (merged or renamed); null while it is in force.',
  })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  /** The unit this one became part of when it ended (Bình Dương → Hồ Chí Minh on 1 July 2025). */
  @ManyToOne({ entity: () => Province, nullable: true, index: true })
  successor: Province | null = null;

  @OneToMany({ entity: () => Province, mappedBy: 'successor' })
  predecessors = new Collection<Province>(this);

  @OneToMany({ entity: () => Ward, mappedBy: 'province' })
  wards = new Collection<Ward>(this);
}
