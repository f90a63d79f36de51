/**
 * The printed agreement's words in Vietnamese (the default: it is signed in Vietnamese) and in
 * English (`?lang=en`, for reading). Names of units and people stay as officially written.
 */
export type DocumentLanguage = 'vi' | 'en';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar day (`YYYY-MM-DD`) as written in a contract. */
export function writtenDate(day: string, language: DocumentLanguage): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return language === 'vi' ? `ngày ${date} tháng ${month} năm ${year}` : `${date} ${MONTHS_EN[month - 1]} ${year}`;
}

export const DOCUMENT_TEXTS = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập – Tự do – Hạnh phúc',
    number: (reference: string | null) => `Số: ${reference ?? '……/……'}`,
    placeAndDate: (place: string, day: string | null) =>
      `${place}, ${day ? writtenDate(day, 'vi') : 'ngày … tháng … năm ……'}`,
    title: 'THỎA THUẬN PHỐI HỢP BA BÊN',
    subtitle:
      'Về việc phối hợp phát triển người tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình và chi trả các chế độ qua hệ thống bưu điện',
    draft: 'BẢN DỰ THẢO – CHƯA CÓ HIỆU LỰC',
    partiesIntro: 'Hôm nay, các bên gồm:',
    party: { PEOPLES_COMMITTEE: 'Bên A', SOCIAL_INSURANCE_AGENCY: 'Bên B', POST_OFFICE: 'Bên C' },
    peoplesCommittee: (wardFullName: string) => `Ủy ban nhân dân ${wardFullName}`,
    representative: 'Đại diện',
    position: 'Chức vụ',
    unknownPerson: '………………………………',
    agreeOn: 'Cùng thống nhất ký thỏa thuận phối hợp với các nội dung sau:',
    articles: [
      [
        'Điều 1. Mục đích',
        'Phối hợp tuyên truyền, vận động người dân trên địa bàn tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình; tổ chức thu, chi trả qua mạng lưới bưu điện thuận tiện cho người dân.',
      ],
      [
        'Điều 2. Trách nhiệm của các bên',
        'Bên A chỉ đạo các thôn, khu phố phối hợp rà soát, vận động; Bên B hướng dẫn nghiệp vụ, cung cấp danh sách và số liệu; Bên C tổ chức điểm thu, nhân viên thu và báo cáo kết quả hằng tháng.',
      ],
      ['Điều 3. Thời hạn', ''],
      [
        'Điều 4. Điều khoản thi hành',
        'Thỏa thuận được lập thành 03 bản có giá trị như nhau, mỗi bên giữ 01 bản. Mọi sửa đổi, bổ sung phải được các bên thống nhất bằng văn bản.',
      ],
    ] as const,
    term: (from: string | null, to: string | null) =>
      from
        ? `Thỏa thuận có hiệu lực từ ${writtenDate(from, 'vi')}${to ? ` đến hết ${writtenDate(to, 'vi')}` : ' cho đến khi các bên chấm dứt'}.`
        : 'Thỏa thuận có hiệu lực kể từ ngày các bên ký.',
    signHere: '(Ký, ghi rõ họ tên, đóng dấu)',
    signedOn: (day: string) => `Đã ký ${writtenDate(day, 'vi')}`,
    printed: (day: string) => `In từ Tripartite ${writtenDate(day, 'vi')}`,
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence – Freedom – Happiness',
    number: (reference: string | null) => `No.: ${reference ?? '……/……'}`,
    placeAndDate: (place: string, day: string | null) => `${place}, ${day ? writtenDate(day, 'en') : '… … ……'}`,
    title: 'THREE-PARTY COOPERATION AGREEMENT',
    subtitle:
      'On enrolling participants in voluntary social insurance and household health insurance, and paying benefits through the post office network',
    draft: 'DRAFT – NOT YET IN EFFECT',
    partiesIntro: 'Today, the parties:',
    party: { PEOPLES_COMMITTEE: 'Party A', SOCIAL_INSURANCE_AGENCY: 'Party B', POST_OFFICE: 'Party C' },
    peoplesCommittee: (wardFullName: string) => `People’s Committee of ${wardFullName}`,
    representative: 'Represented by',
    position: 'Title',
    unknownPerson: '………………………………',
    agreeOn: 'agree on the following:',
    articles: [
      [
        'Article 1. Purpose',
        'To inform and encourage residents to join voluntary social insurance and household health insurance, and to collect contributions and pay benefits through the post office network, close to where people live.',
      ],
      [
        'Article 2. Responsibilities',
        'Party A directs the villages and neighbourhoods to review and encourage enrolment; Party B provides guidance, lists and figures; Party C runs the collection points and collectors and reports results monthly.',
      ],
      ['Article 3. Term', ''],
      [
        'Article 4. Final provisions',
        'This agreement is made in 03 copies of equal validity, one for each party. Any change must be agreed by all parties in writing.',
      ],
    ] as const,
    term: (from: string | null, to: string | null) =>
      from
        ? `This agreement takes effect on ${writtenDate(from, 'en')}${to ? ` and remains in effect until ${writtenDate(to, 'en')}` : ' and remains in effect until the parties end it'}.`
        : 'This agreement takes effect on the day the parties sign it.',
    signHere: '(Signature, full name, seal)',
    signedOn: (day: string) => `Signed ${writtenDate(day, 'en')}`,
    printed: (day: string) => `Printed from Tripartite on ${writtenDate(day, 'en')}`,
  },
} as const;
