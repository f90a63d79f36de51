import { Collection } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToMany, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { AGENCY_LEVELS, type AgencyLevel } from '@tripartite/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';
import { Ward } from '../geography/ward.entity.js';
import { ServiceUnit } from './service-unit.entity.js';

export const AgencyLevelEnum = enumObject<AgencyLevel>(AGENCY_LEVELS);

registerEnumType(AgencyLevelEnum, {
  name: 'AgencyLevel',
  description: 'Level of a social-insurance agency in the hierarchy of Vietnam Social Security.',
  valuesConfig: {
    CENTRAL: { description: 'Vietnam Social Security itself (Bảo hiểm xã hội Việt Nam).' },
    REGIONAL: { description: 'A regional agency (Bảo hiểm xã hội khu vực), 1 March to 30 June 2025.' },
    PROVINCIAL: { description: 'A provincial agency (Bảo hiểm xã hội tỉnh or thành phố).' },
    DISTRICT: { description: 'A district office (Bảo hiểm xã hội quận, huyện); before 1 July 2025.' },
    GRASSROOTS: { description: 'A grassroots office (Bảo hiểm xã hội cơ sở); since 1 July 2025.' },
  },
});

/** A social-insurance agency or office of Vietnam Social Security: one of the three parties. */
@ObjectType({
  simpleResolvers: true,
  implements: ServiceUnit,
  description: 'A social-insurance agency or office of Vietnam Social Security (VSS).',
})
@Entity({ tableName: 'agency' })
@Unique({ properties: ['code', 'validFrom'] })
@Check({ name: 'agency_validity_check', expression: 'valid_to is null or valid_to >= valid_from' })
export class Agency extends ServiceUnit {
  @Field(() => AgencyLevelEnum, { description: 'Central, regional, provincial, district or grassroots.' })
  @Enum({ items: () => AgencyLevelEnum, type: 'string' })
  level!: AgencyLevel;

  @ManyToOne({ entity: () => Agency, nullable: true, index: true })
  parent: Agency | null = null;

  /** Wards served by this office alone; empty when it serves its whole province. */
  @ManyToMany({
    entity: () => Ward,
    pivotTable: 'agency_served_ward',
    joinColumn: 'agency_id',
    inverseJoinColumn: 'ward_id',
  })
  servedWards = new Collection<Ward>(this);
}
