import { z } from 'zod';
import { AGREEMENT_PARTIES, AGREEMENT_STATUSES } from '../agreements.js';
import { clientWriteId, dayNotInFuture, dayOfRecord, id, optionalText, requiredText, version } from './fields.js';
import { ruleMessage, says } from './rule-messages.js';

/** `createAgreement`'s input. */
export const createAgreementRules = z.object({
  wardCode: z.string().regex(/^\d{5}$/, says('wardCode')),
  agencyId: id.nullish(),
  postOfficeId: id.nullish(),
  referenceNumber: optionalText(60),
  notes: optionalText(2000),
});

/**
 * `changeAgreementStatus`'s input: dates and reference only when signing, the end not before
 * the start, and a reason when terminating. Whether the move itself is allowed depends on the
 * agreement as it stands (agreement-lifecycle.ts), which the server judges.
 */
export const changeAgreementStatusRules = z
  .object({
    agreementId: id,
    status: z.enum(AGREEMENT_STATUSES),
    expectedVersion: version,
    clientWriteId,
    note: optionalText(1000),
    effectiveFrom: dayOfRecord.nullish(),
    effectiveTo: dayOfRecord.nullish(),
    referenceNumber: optionalText(60),
  })
  .superRefine((input, context) => {
    for (const field of ['effectiveFrom', 'effectiveTo', 'referenceNumber'] as const) {
      if (input[field] != null && input.status !== 'SIGNED') {
        context.addIssue({ code: 'custom', path: [field], message: ruleMessage('onlyWhenSigning') });
      }
    }
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
      const message = ruleMessage('notBefore', { field: 'effectiveFrom' });
      context.addIssue({ code: 'custom', path: ['effectiveTo'], message });
    }
    if (input.status === 'TERMINATED' && !input.note) {
      context.addIssue({ code: 'custom', path: ['note'], message: ruleMessage('terminationNeedsNote') });
    }
  });

/** `recordSignature`'s input: who signs for a party and, once they have, the day (not in the future). */
export const recordSignatureRules = z.object({
  agreementId: id,
  expectedVersion: version,
  clientWriteId,
  party: z.enum(AGREEMENT_PARTIES),
  name: requiredText(150),
  title: requiredText(150),
  signedOn: dayNotInFuture.nullish(),
});
