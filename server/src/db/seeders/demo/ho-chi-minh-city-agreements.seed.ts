import type { EntityManager } from '@mikro-orm/core';
import type { AgreementParty } from '@tripartite/shared';
import { AgreementSignatory } from '../../../modules/agreements/agreement-signatory.entity.js';
import { Agreement } from '../../../modules/agreements/agreement.entity.js';
import type { Province } from '../../../modules/geography/province.entity.js';
import type { Ward } from '../../../modules/geography/ward.entity.js';
import { Agency } from '../../../modules/organisations/agency.entity.js';
import { PostOffice } from '../../../modules/organisations/post-office.entity.js';
import { REORGANISED_ON } from './geography.seed.js';
import { addDays, fictionalName, morningOf, recordHistory, type HistoryStep } from './made-up-agreement-parts.js';

/**
 * The twelve wards that lack a signed agreement in the demo, as Ho Chi Minh City had twelve in
 * November 2024, and where each one stands. Every other ward has a signed agreement in effect.
 */
export const DEMO_WARDS_LACKING: Readonly<
  Record<string, 'AWAITING_SIGNATURES' | 'DRAFTING' | 'NONE' | 'TERMINATED' | 'EXPIRED'>
> = {
  '26743': 'AWAITING_SIGNATURES', // Bến Thành
  '26884': 'AWAITING_SIGNATURES', // Gò Vấp
  '25942': 'AWAITING_SIGNATURES', // Dĩ An
  '26506': 'AWAITING_SIGNATURES', // Vũng Tàu
  '27553': 'AWAITING_SIGNATURES', // Củ Chi
  '27664': 'DRAFTING', // Cần Giờ
  '27667': 'DRAFTING', // Bình Khánh
  '25777': 'DRAFTING', // Dầu Tiếng
  '26732': 'NONE', // Côn Đảo
  '27676': 'NONE', // Thạnh An
  '26656': 'TERMINATED', // Bình Châu
  '27658': 'EXPIRED', // Hiệp Phước
};

const RECORDED_BY = 'Phòng Quản lý thu, BHXH TP.HCM (dữ liệu mẫu)';

export function seedHoChiMinhCityAgreements(
  em: EntityManager,
  city: Province,
  wards: readonly Ward[],
): { agency: Agency; postOffice: PostOffice } {
  const agency = em.create(Agency, {
    code: 'BHXH-79',
    name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
    level: 'PROVINCIAL',
    province: city,
    areaServed: 'Toàn Thành phố Hồ Chí Minh (168 phường, xã, đặc khu)',
    validFrom: REORGANISED_ON,
  });
  const postOffice = em.create(PostOffice, {
    code: 'BD-79',
    name: 'Bưu điện Thành phố Hồ Chí Minh',
    level: 'PROVINCIAL',
    province: city,
    areaServed: 'Toàn Thành phố Hồ Chí Minh (168 phường, xã, đặc khu)',
    validFrom: REORGANISED_ON,
  });

  wards.forEach((ward, index) => {
    const standing = DEMO_WARDS_LACKING[ward.code];
    if (standing === 'NONE') return;
    const drafted = addDays('2025-07-07', index % 40);
    const sent = addDays(drafted, 10 + (index % 9));
    const signed = addDays(sent, 5 + (index % 13));
    const steps: HistoryStep[] = [{ to: 'DRAFTING', on: drafted }];
    if (standing !== 'DRAFTING') steps.push({ to: 'AWAITING_SIGNATURES', on: sent });
    if (standing === undefined || standing === 'TERMINATED' || standing === 'EXPIRED')
      steps.push({ to: 'SIGNED', on: signed });
    if (standing === 'TERMINATED') {
      steps.push({
        to: 'TERMINATED',
        on: '2026-03-16',
        note: 'Chấm dứt theo đề nghị của UBND xã; sẽ ký lại khi phân công lại điểm thu.',
      });
    }
    if (standing === 'EXPIRED')
      steps.push({ to: 'EXPIRED', on: addDays(signed, 365), note: 'Hết thời hạn một năm, chưa gia hạn.' });

    const last = steps.at(-1)!;
    const wasSigned = steps.some((step) => step.to === 'SIGNED');
    const agreement = em.create(Agreement, {
      ward,
      agency,
      postOffice,
      status: last.to,
      referenceNumber:
        last.to === 'DRAFTING' ? null : `${String(index + 1).padStart(3, '0')}/2025/HĐ-BHXH-BĐ-${ward.code}`,
      signedOn: wasSigned ? signed : null,
      effectiveFrom: wasSigned ? signed : null,
      // The expired agreement was signed for one year, the terminated one ended early; the rest run on.
      effectiveTo: standing === 'EXPIRED' ? addDays(signed, 364) : standing === 'TERMINATED' ? '2026-03-15' : null,
      notes: null,
      createdAt: morningOf(drafted),
      updatedAt: morningOf(last.on),
    });
    recordHistory(em, agreement, steps, RECORDED_BY);
    const parties: [AgreementParty, string][] = [
      ['PEOPLES_COMMITTEE', `Chủ tịch UBND ${ward.fullName}`],
      ['SOCIAL_INSURANCE_AGENCY', 'Phó Giám đốc Bảo hiểm xã hội Thành phố Hồ Chí Minh'],
      ['POST_OFFICE', 'Phó Giám đốc Bưu điện Thành phố Hồ Chí Minh'],
    ];
    parties.forEach(([party, title], partyIndex) => {
      // Awaiting signatures: the People's Committee signed the day it was sent, the other two have not.
      const hasSigned = wasSigned || (last.to === 'AWAITING_SIGNATURES' && party === 'PEOPLES_COMMITTEE');
      em.create(AgreementSignatory, {
        agreement,
        party,
        name: fictionalName(index + partyIndex * 31),
        title,
        signedOn: hasSigned ? (wasSigned ? signed : sent) : null,
      });
    });
  });
  return { agency, postOffice };
}
