import type { AgreementStatus } from '@tripartite/shared';

/**
 * The reminder email's words. Vietnamese is what every account gets today: an account has no
 * language preference on the server (the app keeps the chosen language in the browser only),
 * so there is nothing to read an English choice from. The English text is here so a preference,
 * once stored, only has to be read in `reminderLanguage`.
 */
export type ReminderLanguage = 'vi' | 'en';

/** The app's words: `status` in client/src/locales/<lang>/common.json, `stalled` in plan.json. */
const STATUS_WORDS: Record<ReminderLanguage, Partial<Record<AgreementStatus, string>>> = {
  vi: { DRAFTING: 'Đang soạn thảo', AWAITING_SIGNATURES: 'Chờ ký' },
  en: { DRAFTING: 'Drafting', AWAITING_SIGNATURES: 'Awaiting signatures' },
};

export type ReminderLine = {
  wardName: string;
  wardCode: string;
  status: AgreementStatus;
  daysIdle: number;
  lastChangedBy: string;
  reference: string | null;
};

export const REMINDER_TEXTS = {
  vi: {
    subject: (count: number, period: string) =>
      `[Tripartite] ${count} thỏa thuận bị chậm (ngày ${vietnameseDate(period)})`,
    greeting: (name: string) => `Kính gửi ${name},`,
    intro: (idleDays: number) =>
      `Các thỏa thuận ba bên dưới đây đang mở và không có thay đổi nào trong ${idleDays} ngày trở lên (lâu nhất trước). Xin vui lòng liên hệ các bên để tiếp tục:`,
    line: (line: ReminderLine) =>
      `${line.wardName} (mã ${line.wardCode})${line.reference ? `, số ${line.reference}` : ''}: ${STATUS_WORDS.vi[line.status] ?? line.status}, ${line.daysIdle} ngày không thay đổi; thay đổi gần nhất: ${line.lastChangedBy}`,
    closing:
      'Mỗi thỏa thuận được nhắc tối đa một lần mỗi ngày. Danh sách đầy đủ có trong ứng dụng Tripartite, mục “Thỏa thuận bị chậm”.',
    signature: 'Thư này do Tripartite gửi tự động; xin đừng trả lời thư này.',
  },
  en: {
    subject: (count: number, period: string) => `[Tripartite] ${count} stalled agreement(s) (${period})`,
    greeting: (name: string) => `Dear ${name},`,
    intro: (idleDays: number) =>
      `The open three-party agreements below have not changed for ${idleDays} days or more (the longest idle first). Please contact the parties to move them forward:`,
    line: (line: ReminderLine) =>
      `${line.wardName} (code ${line.wardCode})${line.reference ? `, no. ${line.reference}` : ''}: ${STATUS_WORDS.en[line.status] ?? line.status}, ${line.daysIdle} days without a change; last changed by ${line.lastChangedBy}`,
    closing:
      'Each agreement is reminded of at most once a day. The full list is in the Tripartite app, under “Stalled agreements”.',
    signature: 'Tripartite sent this email automatically; please do not reply to it.',
  },
} satisfies Record<ReminderLanguage, unknown>;

/** `2026-12-04` as `04/12/2026`, the way dates are written in Vietnam. */
function vietnameseDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
