import { AGREEMENT_STATUSES } from '@tripartite/shared';
import { z } from 'zod';
import { dayCell, optional, wholeNumberCell } from './table-rules.js';

/** The columns of the agreement-statuses template, in the order the template writes them. */
export const AGREEMENT_COLUMNS = [
  'ward_code',
  'as_of',
  'status',
  'effective_from',
  'effective_to',
  'signed_on',
  'reference_number',
  'agency_code',
  'post_office_code',
  'version',
  'note',
] as const;

export const REQUIRED_AGREEMENT_COLUMNS = ['ward_code', 'status'] as const;

/** The template's example row: a Ho Chi Minh City ward starting a new agreement. */
export const AGREEMENT_EXAMPLE: Record<(typeof AGREEMENT_COLUMNS)[number], string> = {
  ward_code: '26732',
  as_of: '',
  status: 'DRAFTING',
  effective_from: '',
  effective_to: '',
  signed_on: '',
  reference_number: '',
  agency_code: 'BHXH-79',
  post_office_code: 'BD-79',
  version: '',
  note: 'Soạn thảo thỏa thuận ba bên',
};

export const agreementRowRules = z
  .object({
    ward_code: z.string().regex(/^\d{5}$/, 'ward and commune codes are five digits, such as 26743'),
    as_of: optional(dayCell),
    status: z.enum(AGREEMENT_STATUSES, { error: `one of ${AGREEMENT_STATUSES.join(', ')}` }),
    effective_from: optional(dayCell),
    effective_to: optional(dayCell),
    signed_on: optional(dayCell),
    reference_number: optional(z.string().max(60, 'at most 60 characters')),
    agency_code: optional(z.string().max(30, 'at most 30 characters')),
    post_office_code: optional(z.string().max(30, 'at most 30 characters')),
    version: optional(wholeNumberCell.pipe(z.number().min(1, 'versions start at 1'))),
    note: optional(z.string().max(1000, 'at most 1,000 characters')),
  })
  .superRefine((row, context) => {
    if (row.effective_from && row.effective_to && row.effective_to < row.effective_from) {
      context.addIssue({ code: 'custom', path: ['effective_to'], message: 'must not be before effective_from' });
    }
  });

export type AgreementRow = z.output<typeof agreementRowRules>;
