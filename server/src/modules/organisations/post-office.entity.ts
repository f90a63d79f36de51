import { Collection } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToMany, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { POST_OFFICE_LEVELS, type PostOfficeLevel } from '@tripartite/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';
import { Ward } from '../geography/ward.entity.js';
import { ServiceUnit } from './service-unit.entity.js';

export const PostOfficeLevelEnum = enumObject<PostOfficeLevel>(POST_OFFICE_LEVELS);

registerEnumType(PostOfficeLevelEnum, {
  name: 'PostOfficeLevel',
  description: 'Level of a unit of Vietnam Post (Tổng công ty Bưu điện Việt Nam).',
  valuesConfig: {
    CORPORATION: { description: 'Vietnam Post Corporation itself.' },
    PROVINCIAL: { description: 'A provincial post office (Bưu điện tỉnh or thành phố).' },
    DISTRICT: { description: 'A district-level post office or delivery centre.' },
    COMMUNE: { description: 'A commune post point (bưu cục, điểm Bưu điện – Văn hóa xã).' },
  },
});

/** A unit of Vietnam Post, which enrols people on the agency's behalf: one of the three parties. */
@ObjectType({
  simpleResolvers: true,
  implements: ServiceUnit,
  description: 'A unit of Vietnam Post (VNPost), the party that enrols participants in the field.',
})
@Entity({ tableName: 'post_office' })
@Unique({ properties: ['code', 'validFrom'] })
@Check({ name: 'post_office_validity_check', expression: 'valid_to is null or valid_to >= valid_from' })
export class PostOffice extends ServiceUnit {
  @Field(() => PostOfficeLevelEnum, { description: 'Corporation, provincial, district or commune level.' })
  @Enum({ items: () => PostOfficeLevelEnum, type: 'string' })
  level!: PostOfficeLevel;

  @ManyToOne({ entity: () => PostOffice, nullable: true, index: true })
  parent: PostOffice | null = null;

  /** Wards served by this unit alone; empty when it serves its whole province. */
  @ManyToMany({
    entity: () => Ward,
    pivotTable: 'post_office_served_ward',
    joinColumn: 'post_office_id',
    inverseJoinColumn: 'ward_id',
  })
  servedWards = new Collection<Ward>(this);
}
