import type { EntityManager } from '@mikro-orm/core';
import type { Scheme } from '@tripartite/shared';
import { Campaign } from '../../../modules/participation/campaign.entity.js';
import type { Province } from '../../../modules/geography/province.entity.js';
import { ParticipationFigure } from '../../../modules/participation/participation-figure.entity.js';
import { Publication } from '../../../modules/participation/publication.entity.js';

/**
 * The records are in Vietnamese, the language they were published in; the app shows records as
 * recorded (marked `lang="vi"`) and translates only its own words.
 *
 * Figures published for the national launch of 11–12 July 2020, by the provinces of that time
 * (pre-2025 codes). Gia Lai's 61 is kept as published, though every other province listed
 * reported over 500: a director should see it and check it, not have it corrected silently.
 */
const VOLUNTARY_BY_PROVINCE: readonly [code: string, participants: number, note?: string][] = [
  ['38', 2238], // Thanh Hóa
  ['82', 1623], // Tiền Giang
  ['79', 1221], // Hồ Chí Minh
  ['74', 1152], // Bình Dương
  ['80', 1021], // Long An
  ['46', 952], // Thừa Thiên Huế
  ['84', 925], // Trà Vinh
  ['68', 902], // Lâm Đồng
  ['83', 700], // Bến Tre
  ['51', 636], // Quảng Ngãi
  ['96', 635], // Cà Mau
  ['64', 61, 'Giữ nguyên như số liệu công bố; các tỉnh khác trong cùng danh sách đều báo cáo trên 500.'], // Gia Lai
  ['89', 608], // An Giang
  ['40', 587], // Nghệ An
  ['92', 581], // Cần Thơ
  ['01', 579], // Hà Nội
  ['11', 563], // Điện Biên
  ['75', 558], // Đồng Nai
  ['42', 554], // Hà Tĩnh
  ['54', 533], // Phú Yên
  ['60', 532], // Bình Thuận
  ['36', 525], // Nam Định
  ['87', 513], // Đồng Tháp
  ['25', 504], // Phú Thọ
];

const HOUSEHOLD_BY_PROVINCE: readonly [code: string, participants: number][] = [
  ['79', 9821], // Hồ Chí Minh
  ['83', 7000], // Bến Tre
  ['74', 5365], // Bình Dương
  ['92', 3757], // Cần Thơ
  ['94', 2774], // Sóc Trăng
  ['38', 2396], // Thanh Hóa
  ['82', 2351], // Tiền Giang
  ['87', 1561], // Đồng Tháp
  ['01', 1509], // Hà Nội
  ['49', 1391], // Quảng Nam
  ['89', 1304], // An Giang
  ['84', 1186], // Trà Vinh
  ['95', 1174], // Bạc Liêu
  ['66', 1020], // Đắk Lắk
];

export function seedLaunchCampaign2020(em: EntityManager, provincesOf2020: ReadonlyMap<string, Province>): void {
  const campaign = em.create(Campaign, {
    name: 'Lễ ra quân toàn quốc phát triển người tham gia BHXH tự nguyện và BHYT hộ gia đình',
    description:
      'Bảo hiểm xã hội Việt Nam và Tổng công ty Bưu điện Việt Nam ra quân đồng loạt tại tất cả các tỉnh, thành phố trong hai ngày 11–12/7/2020 để phát triển người tham gia BHXH tự nguyện và BHYT hộ gia đình.',
    startsOn: '2020-07-11',
    endsOn: '2020-07-12',
    scope: 'NATIONAL',
    province: null,
  });
  const launchReport = em.create(Publication, {
    title: 'Kết quả hai ngày ra quân toàn quốc 11–12/7/2020 (số liệu theo tỉnh và tổng toàn quốc)',
    publisher: 'Bảo hiểm xã hội Việt Nam',
    publishedOn: null,
    url: null,
  });
  const otherReport = em.create(Publication, {
    title: 'Bài báo khác về cùng đợt ra quân, nêu 30.369 người tham gia BHXH tự nguyện',
    publisher: 'Báo chí trong nước',
    publishedOn: null,
    url: null,
  });
  const figure = (
    scheme: Scheme,
    province: Province | null,
    participants: number,
    source: Publication,
    note?: string,
  ) =>
    em.create(ParticipationFigure, {
      scheme,
      measure: 'ENROLLED_IN_PERIOD',
      province,
      ward: null,
      periodStart: campaign.startsOn,
      periodEnd: campaign.endsOn,
      participants,
      campaign,
      source,
      note: note ?? null,
    });

  for (const [code, participants, note] of VOLUNTARY_BY_PROVINCE) {
    figure('VOLUNTARY_SOCIAL_INSURANCE', provincesOf2020.get(code)!, participants, launchReport, note);
  }
  for (const [code, participants] of HOUSEHOLD_BY_PROVINCE) {
    figure('HOUSEHOLD_HEALTH_INSURANCE', provincesOf2020.get(code)!, participants, launchReport);
  }
  // Country-wide totals, one per source: the API lists both rather than pick one.
  figure('VOLUNTARY_SOCIAL_INSURANCE', null, 30_269, launchReport);
  figure('HOUSEHOLD_HEALTH_INSURANCE', null, 58_803, launchReport);
  figure('VOLUNTARY_SOCIAL_INSURANCE', null, 30_369, otherReport);
}
