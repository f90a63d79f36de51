import type { EntityManager } from '@mikro-orm/core';
import type { WardKind } from '@tripartite/shared';
import { Province } from '../../../modules/geography/province.entity.js';
import { Ward } from '../../../modules/geography/ward.entity.js';
import { HO_CHI_MINH_CITY_WARDS, type WardFacts } from './ho-chi-minh-city-wards.data.js';
import { PROVINCES_2008_TO_2025, PROVINCES_SINCE_2025, type ProvinceFacts } from './provinces.data.js';

/** Resolution 202/2025/QH15: 34 provincial units from this day, no districts. */
export const REORGANISED_ON = '2025-07-01';
/** Hà Tây joined Hà Nội on 1 August 2008, giving the 63 units that lasted until 30 June 2025. */
const SIXTY_THREE_UNITS_FROM = '2008-08-01';
/** Huế became a centrally run city on 1 January 2025, ending Thừa Thiên Huế province. */
const HUE_CITY_FROM = '2025-01-01';

const KIND_PREFIX: Record<WardKind, string> = {
  WARD: 'Phường',
  COMMUNE: 'Xã',
  SPECIAL_ZONE: 'Đặc khu',
  TOWNSHIP: 'Thị trấn',
};

/** Vietnamese names written without diacritics, as the official lists give them in English. */
function withoutDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function provinceFullName(facts: ProvinceFacts): string {
  return `${facts.kind === 'CITY' ? 'Thành phố' : 'Tỉnh'} ${facts.name}`;
}

export type SeededGeography = {
  /** Today's units by code. */
  current: Map<string, Province>;
  /** The units of 2008–2025 by code (Thừa Thiên Huế under `46`, as it was in 2020). */
  before2025: Map<string, Province>;
  wards: Map<string, Ward>;
};

/**
 * Every provincial unit since August 2008 with its successor links, Ho Chi Minh City's 168
 * units of today, and two of Hà Nội's.
 */
export function seedGeography(em: EntityManager): SeededGeography {
  const current = new Map<string, Province>();
  for (const facts of PROVINCES_SINCE_2025) {
    current.set(
      facts.code,
      em.create(Province, { ...facts, fullName: provinceFullName(facts), validFrom: REORGANISED_ON, validTo: null }),
    );
  }

  const before2025 = new Map<string, Province>();
  for (const { successorCode, ...facts } of PROVINCES_2008_TO_2025) {
    const isHueCity = facts.code === '46';
    before2025.set(
      facts.code,
      em.create(Province, {
        ...facts,
        fullName: provinceFullName(facts),
        validFrom: isHueCity ? HUE_CITY_FROM : SIXTY_THREE_UNITS_FROM,
        validTo: '2025-06-30',
        successor: current.get(successorCode)!,
      }),
    );
  }
  const hueCity = before2025.get('46')!;
  before2025.set(
    '46',
    em.create(Province, {
      code: '46',
      name: 'Thừa Thiên Huế',
      fullName: 'Tỉnh Thừa Thiên Huế',
      nameEn: 'Thua Thien Hue',
      kind: 'PROVINCE',
      validFrom: SIXTY_THREE_UNITS_FROM,
      validTo: '2024-12-31',
      successor: hueCity,
    }),
  );

  const wards = new Map<string, Ward>();
  const addWards = (province: Province, list: readonly WardFacts[]) => {
    for (const [code, name, kind] of list) {
      const ward = em.create(Ward, {
        code,
        name,
        kind,
        fullName: `${KIND_PREFIX[kind]} ${name}`,
        nameEn: withoutDiacritics(name),
        province,
        validFrom: REORGANISED_ON,
        validTo: null,
      });
      wards.set(code, ward);
    }
  };
  addWards(current.get('79')!, HO_CHI_MINH_CITY_WARDS);
  addWards(current.get('01')!, [
    ['00004', 'Ba Đình', 'WARD'],
    ['00070', 'Hoàn Kiếm', 'WARD'],
  ]);
  return { current, before2025, wards };
}
