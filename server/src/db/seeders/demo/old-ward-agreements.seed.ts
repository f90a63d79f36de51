import type { EntityManager } from '@mikro-orm/sql';
import type { AgreementParty } from '@tripartite/shared';
import { AgreementSignatory } from '../../../modules/agreements/agreement-signatory.entity.js';
import { Agreement } from '../../../modules/agreements/agreement.entity.js';
import type { Province } from '../../../modules/geography/province.entity.js';
import { Ward } from '../../../modules/geography/ward.entity.js';
import { Agency } from '../../../modules/organisations/agency.entity.js';
import { PostOffice } from '../../../modules/organisations/post-office.entity.js';
import { addDays, fictionalName, morningOf, recordHistory, type HistoryStep } from './made-up-agreement-parts.js';

/** The last day of the units merged on 1 July 2025. */
const OLD_UNITS_END = '2025-06-30';
/** Vietnam Social Security replaced its provincial agencies with regional ones on 1 March 2025. */
const PROVINCIAL_AGENCIES_END = '2025-02-28';

/** Written on every one of these agreements, so a made-up history never passes for a real one. */
export const MADE_UP_NOTE =
  'Dữ liệu mẫu: thỏa thuận bịa ra cho bản demo (phường, xã trước ngày 1/7/2025), không phải thỏa thuận thật.';
const RECORDED_BY = 'Tripartite (dữ liệu mẫu, ghi lại lịch sử trước sáp nhập)';

/** The parties of the old provinces (79 before 2025, Bình Dương, Bà Rịa – Vũng Tàu): made up. */
const OLD_PARTIES: Record<string, { code: string; agency: string; postOffice: string }> = {
  '79': {
    code: '79-CU',
    agency: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
    postOffice: 'Bưu điện Thành phố Hồ Chí Minh',
  },
  '74': { code: '74', agency: 'Bảo hiểm xã hội tỉnh Bình Dương', postOffice: 'Bưu điện tỉnh Bình Dương' },
  '77': {
    code: '77',
    agency: 'Bảo hiểm xã hội tỉnh Bà Rịa - Vũng Tàu',
    postOffice: 'Bưu điện tỉnh Bà Rịa - Vũng Tàu',
  },
};

type OldAgreement = { code: string; signedOn: string; expiredOn?: string };

/**
 * Made-up agreements on a handful of Ho Chi Minh City's units of before 1 July 2025, signed in
 * 2023–2024: predecessors of ten of today's wards. None of them is a real agreement. Each of
 * those ten has an agreement of its own (signed since, or under way today), so today's counts
 * stay as they were (no ward is `NEEDS_RESIGNING` today; Côn Đảo and Thạnh An, which never had
 * one, keep no history), while the re-signing worklist has rows today (seven lacking wards
 * re-signing) and in the weeks after the merger (wards still to re-sign).
 */
export const OLD_WARD_AGREEMENTS: readonly OldAgreement[] = [
  { code: '26740', signedOn: '2023-03-15' }, // Phường Bến Nghé → Sài Gòn
  { code: '26743', signedOn: '2023-03-22' }, // Phường Bến Thành → Bến Thành
  { code: '26749', signedOn: '2023-05-10' }, // Phường Phạm Ngũ Lão → Bến Thành
  { code: '26884', signedOn: '2024-04-09' }, // Phường 10 (Gò Vấp) → Gò Vấp
  { code: '27553', signedOn: '2024-06-18' }, // Xã Tân Phú Trung → Củ Chi
  { code: '27664', signedOn: '2023-09-12' }, // Thị trấn Cần Thạnh → Cần Giờ
  { code: '27661', signedOn: '2024-08-20' }, // Xã Hiệp Phước → Hiệp Phước
  { code: '25942', signedOn: '2023-06-06' }, // Phường Dĩ An → Dĩ An
  { code: '25777', signedOn: '2024-03-26' }, // Thị trấn Dầu Tiếng → Dầu Tiếng
  { code: '26506', signedOn: '2023-07-18' }, // Phường 1 (Vũng Tàu) → Vũng Tàu
  // Signed for one year and not renewed: expired before the merger, yet it was signed.
  { code: '26521', signedOn: '2023-02-20', expiredOn: '2024-02-20' }, // Phường Thắng Nhì → Vũng Tàu
  { code: '26656', signedOn: '2024-05-14' }, // Xã Bình Châu → Bình Châu
];

function partiesOf(em: EntityManager, province: Province): { agency: Agency; postOffice: PostOffice } {
  const facts = OLD_PARTIES[province.code]!;
  const common = { level: 'PROVINCIAL' as const, province, areaServed: `Toàn ${province.fullName}` };
  return {
    agency: em.create(Agency, {
      ...common,
      code: `BHXH-${facts.code}`,
      name: facts.agency,
      validFrom: province.validFrom,
      validTo: PROVINCIAL_AGENCIES_END,
    }),
    postOffice: em.create(PostOffice, {
      ...common,
      code: `BD-${facts.code}`,
      name: facts.postOffice,
      validFrom: province.validFrom,
      validTo: OLD_UNITS_END,
    }),
  };
}

/**
 * Writes the made-up agreements above on the old units, which the reference-history imports
 * created: runs after them. Dates, numbers and signatories follow from the table alone, so the
 * seed gives the same rows every time.
 */
export async function seedOldWardAgreements(em: EntityManager): Promise<void> {
  const wards = await em.find(
    Ward,
    { code: { $in: OLD_WARD_AGREEMENTS.map((entry) => entry.code) }, validTo: OLD_UNITS_END },
    { populate: ['province'] },
  );
  const byCode = new Map(wards.map((ward) => [ward.code, ward]));
  const parties = new Map<string, { agency: Agency; postOffice: PostOffice }>();

  OLD_WARD_AGREEMENTS.forEach((entry, index) => {
    const ward = byCode.get(entry.code);
    if (!ward) throw new Error(`The demo's old ward ${entry.code} was not imported`);
    if (!parties.has(ward.province.code)) parties.set(ward.province.code, partiesOf(em, ward.province));
    const { agency, postOffice } = parties.get(ward.province.code)!;

    const drafted = addDays(entry.signedOn, -30 - (index % 7));
    const sent = addDays(entry.signedOn, -8 - (index % 5));
    const steps: HistoryStep[] = [
      { to: 'DRAFTING', on: drafted },
      { to: 'AWAITING_SIGNATURES', on: sent },
      { to: 'SIGNED', on: entry.signedOn },
    ];
    if (entry.expiredOn)
      steps.push({ to: 'EXPIRED', on: entry.expiredOn, note: 'Hết thời hạn một năm, chưa gia hạn.' });
    const last = steps.at(-1)!;
    const year = entry.signedOn.slice(0, 4);
    const agreement = em.create(Agreement, {
      ward,
      agency,
      postOffice,
      status: last.to,
      referenceNumber: `${String(index + 1).padStart(2, '0')}/${year}/HĐ-BHXH-BĐ-${ward.code}`,
      signedOn: entry.signedOn,
      effectiveFrom: entry.signedOn,
      effectiveTo: entry.expiredOn ? addDays(entry.expiredOn, -1) : null,
      notes: MADE_UP_NOTE,
      createdAt: morningOf(drafted),
      updatedAt: morningOf(last.on),
    });
    recordHistory(em, agreement, steps, RECORDED_BY);
    const titles: [AgreementParty, string][] = [
      ['PEOPLES_COMMITTEE', `Chủ tịch UBND ${ward.fullName}`],
      ['SOCIAL_INSURANCE_AGENCY', `Phó Giám đốc ${agency.name}`],
      ['POST_OFFICE', `Phó Giám đốc ${postOffice.name}`],
    ];
    titles.forEach(([party, title], partyIndex) => {
      em.create(AgreementSignatory, {
        agreement,
        party,
        // Offset from the seeds of today's agreements, so the old and new names differ.
        name: fictionalName(index * 3 + partyIndex * 17 + 5),
        title,
        signedOn: entry.signedOn,
      });
    });
  });
  await em.flush();
}
