import type { EntityManager } from '@mikro-orm/core';
import type { Province } from '../../../modules/geography/province.entity.js';
import { Publication } from '../../../modules/participation/publication.entity.js';
import { Target } from '../../../modules/targets/target.entity.js';

/**
 * Ho Chi Minh City's published targets for 2024, set for the city as it was then (before Bình
 * Dương and Bà Rịa – Vũng Tàu joined it): 15,000 voluntary social-insurance participants and
 * 900,000 household health-insurance participants, of which 812,465 retained and 87,535 new.
 */
export function seedHoChiMinhCityTargets2024(em: EntityManager, cityBefore2025: Province): void {
  const source = em.create(Publication, {
    title: 'Chỉ tiêu phát triển người tham gia BHXH tự nguyện và BHYT hộ gia đình năm 2024, TP.HCM',
    publisher: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
    publishedOn: null,
    url: null,
  });
  em.create(Target, {
    scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
    year: 2024,
    province: cityBefore2025,
    totalParticipants: 15_000,
    retainedParticipants: null,
    newParticipants: null,
    source,
  });
  em.create(Target, {
    scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
    year: 2024,
    province: cityBefore2025,
    totalParticipants: 900_000,
    retainedParticipants: 812_465,
    newParticipants: 87_535,
    source,
  });
}
