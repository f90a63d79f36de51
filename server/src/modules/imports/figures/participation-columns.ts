import { PARTICIPATION_MEASURES, SCHEMES } from '@tripartite/shared';
import { z } from 'zod';
import { MAX_PARTICIPANTS } from '@tripartite/shared/write-rules';
import { dayCell, optional, wholeNumberCell } from './table-rules.js';

/** The columns of the participation-figures template, in the order the template writes them. */
export const PARTICIPATION_COLUMNS = [
  'province_code',
  'ward_code',
  'scheme',
  'measure',
  'period_start',
  'period_end',
  'participants',
  'source_title',
  'source_publisher',
  'source_published_on',
  'source_url',
  'listed_at_least',
  'note',
] as const;

export const REQUIRED_PARTICIPATION_COLUMNS = [
  'province_code',
  'ward_code',
  'scheme',
  'measure',
  'period_start',
  'period_end',
  'participants',
  'source_title',
  'source_publisher',
] as const;

/** The template's example row: a quarter's figure for a ward of Hồ Chí Minh City (made up). */
export const PARTICIPATION_EXAMPLE: Record<(typeof PARTICIPATION_COLUMNS)[number], string> = {
  province_code: '79',
  ward_code: '26737',
  scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
  measure: 'PARTICIPANTS_AT_PERIOD_END',
  period_start: '2025-07-01',
  period_end: '2025-09-30',
  participants: '1250',
  source_title: 'Báo cáo quý III năm 2025',
  source_publisher: 'BHXH Thành phố Hồ Chí Minh',
  source_published_on: '2025-10-15',
  source_url: '',
  listed_at_least: '',
  note: '',
};

/** One row of the file as values; units are looked up later, on the period's last day. */
export const participationRowRules = z
  .object({
    province_code: optional(z.string().regex(/^\d{2}$/, 'province codes are two digits, such as 79')),
    ward_code: optional(z.string().regex(/^\d{5}$/, 'ward and commune codes are five digits, such as 26737')),
    scheme: z.enum(SCHEMES, { error: `one of ${SCHEMES.join(', ')}` }),
    measure: z.enum(PARTICIPATION_MEASURES, { error: `one of ${PARTICIPATION_MEASURES.join(', ')}` }),
    period_start: dayCell,
    period_end: dayCell,
    participants: wholeNumberCell.pipe(
      z.number().min(0, 'not negative').max(MAX_PARTICIPANTS, 'larger than Vietnam’s population'),
    ),
    source_title: z.string().min(1, 'must not be empty').max(300, 'at most 300 characters'),
    source_publisher: z.string().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    source_published_on: optional(dayCell),
    source_url: optional(z.url({ protocol: /^https?$/, error: 'an http or https address' }).max(500)),
    listed_at_least: optional(wholeNumberCell.pipe(z.number().min(0, 'not negative'))),
    note: optional(z.string().max(500, 'at most 500 characters')),
  })
  .superRefine((row, context) => {
    if (!row.province_code && !row.ward_code) {
      context.addIssue({ code: 'custom', path: ['province_code'], message: 'give a province code or a ward code' });
    }
    if (row.period_end < row.period_start) {
      context.addIssue({ code: 'custom', path: ['period_end'], message: 'must not be before period_start' });
    }
  });

export type ParticipationRow = z.output<typeof participationRowRules>;
