import { NOT_PLAIN, type PlainFieldAnswers } from '../../graphql/plain-field-answers.js';
import { isPlainAgreement, isPlainWard, PLAIN_STANDING } from './ward-standing-rows.js';

/*
 * The signing fields of a plain ward and the relations of a plain agreement, read from the row
 * the hot read built (graphql/plain-field-answers.ts says why they bypass the resolvers). A past
 * day (`asOf`) and entities keep the resolvers in ward-signing.resolver.ts and agreement.resolver.ts.
 */
export const AGREEMENT_PLAIN_FIELD_ANSWERS: PlainFieldAnswers = {
  Ward: {
    currentAgreement: (ward, { asOf }) =>
      isPlainWard(ward) && asOf == null ? ward[PLAIN_STANDING].current : NOT_PLAIN,
    signingStatus: (ward, { asOf }) => (isPlainWard(ward) && asOf == null ? ward[PLAIN_STANDING].status : NOT_PLAIN),
  },
  Agreement: {
    ward: (agreement) => (isPlainAgreement(agreement) ? agreement.ward : NOT_PLAIN),
    agency: (agreement) => (isPlainAgreement(agreement) ? agreement.agency : NOT_PLAIN),
    postOffice: (agreement) => (isPlainAgreement(agreement) ? agreement.postOffice : NOT_PLAIN),
    // In party order already.
    signatories: (agreement) => (isPlainAgreement(agreement) ? (agreement.signatories ?? []) : NOT_PLAIN),
    // Oldest first already.
    history: (agreement) => (isPlainAgreement(agreement) ? (agreement.history ?? []) : NOT_PLAIN),
  },
};
