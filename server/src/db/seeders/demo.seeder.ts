import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import type { WardKind } from '@tripartite/shared';
import { Province } from '../../modules/geography/province.entity.js';
import { Ward } from '../../modules/geography/ward.entity.js';

/** The units in force since the reorganisation of 1 July 2025 (Resolution 202/2025/QH15). */
const REORGANISED_ON = '2025-07-01';

type DemoWard = { code: string; name: string; kind: WardKind };

const KIND_PREFIX: Record<WardKind, string> = {
  WARD: 'Phường',
  COMMUNE: 'Xã',
  SPECIAL_ZONE: 'Đặc khu',
  TOWNSHIP: 'Thị trấn',
};

/**
 * Public facts: official GSO codes and names of a few units of Ho Chi Minh City and Hà Nội as
 * they stand since 1 July 2025. The full national lists come in through the import command.
 */
const DEMO_PROVINCES: { code: string; name: string; nameEn: string; wards: DemoWard[] }[] = [
  {
    code: '79',
    name: 'Hồ Chí Minh',
    nameEn: 'Ho Chi Minh',
    wards: [
      { code: '26732', name: 'Côn Đảo', kind: 'SPECIAL_ZONE' },
      { code: '26737', name: 'Tân Định', kind: 'WARD' },
      { code: '26740', name: 'Sài Gòn', kind: 'WARD' },
      { code: '26743', name: 'Bến Thành', kind: 'WARD' },
      { code: '26758', name: 'Cầu Ông Lãnh', kind: 'WARD' },
      { code: '26824', name: 'Thủ Đức', kind: 'WARD' },
      { code: '27154', name: 'Bàn Cờ', kind: 'WARD' },
      { code: '27664', name: 'Cần Giờ', kind: 'COMMUNE' },
    ],
  },
  {
    code: '01',
    name: 'Hà Nội',
    nameEn: 'Hanoi',
    wards: [
      { code: '00004', name: 'Ba Đình', kind: 'WARD' },
      { code: '00070', name: 'Hoàn Kiếm', kind: 'WARD' },
    ],
  },
];

/** Vietnamese names written without diacritics, as the official lists give them in English. */
function withoutDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Demo data for the embedded database; never run against production. */
export class DemoSeeder extends Seeder {
  run(em: EntityManager): void {
    for (const demo of DEMO_PROVINCES) {
      const province = em.create(Province, {
        code: demo.code,
        name: demo.name,
        fullName: `Thành phố ${demo.name}`,
        nameEn: demo.nameEn,
        kind: 'CITY',
        validFrom: REORGANISED_ON,
        validTo: null,
      });
      for (const ward of demo.wards) {
        em.create(Ward, {
          ...ward,
          fullName: `${KIND_PREFIX[ward.kind]} ${ward.name}`,
          nameEn: withoutDiacritics(ward.name),
          province,
          validFrom: REORGANISED_ON,
          validTo: null,
        });
      }
    }
  }
}
