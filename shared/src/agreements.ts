/**
 * Three-party agreements between a ward's People's Committee, the social-insurance agency and
 * the post office. Both the server and the admin app speak these words.
 */
export const AGREEMENT_STATUSES = ['DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED', 'EXPIRED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The three parties that sign; each agreement has at most one signatory per party. */
export const AGREEMENT_PARTIES = ['SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE', 'PEOPLES_COMMITTEE'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

/**
 * Where a ward stands, judged from its current agreement. A signed agreement whose effective
 * date is still ahead does not count as signed yet, but is not "not started" either.
 * `NOT_STARTED` covers a ward with no agreement at all and one whose last agreement was
 * terminated, expired or has lapsed: either way, nothing is under way.
 */
export const WARD_SIGNING_STATUSES = [
  'SIGNED',
  'SIGNED_NOT_YET_IN_EFFECT',
  'AWAITING_SIGNATURES',
  'DRAFTING',
  'NOT_STARTED',
] as const;
export type WardSigningStatus = (typeof WARD_SIGNING_STATUSES)[number];

/** The dates and status that decide whether an agreement binds the parties on a day. */
export type AgreementTerms = {
  status: AgreementStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
};

/**
 * True when the agreement is signed and in effect on `day` (`YYYY-MM-DD`; `effectiveTo` is the
 * last day in effect). A signed agreement whose end date has passed no longer counts, even if
 * nobody has marked it expired yet.
 */
export function isSignedAndInEffect(agreement: AgreementTerms, day: string): boolean {
  return (
    agreement.status === 'SIGNED' &&
    agreement.effectiveFrom !== null &&
    agreement.effectiveFrom <= day &&
    (agreement.effectiveTo === null || agreement.effectiveTo >= day)
  );
}

/** How a ward with this current agreement (or none) counts in signing progress on `day`. */
export function wardSigningStatus(current: AgreementTerms | null, day: string): WardSigningStatus {
  if (!current) return 'NOT_STARTED';
  if (isSignedAndInEffect(current, day)) return 'SIGNED';
  if (current.status === 'SIGNED' && (current.effectiveFrom === null || current.effectiveFrom > day)) {
    return 'SIGNED_NOT_YET_IN_EFFECT';
  }
  if (current.status === 'AWAITING_SIGNATURES') return 'AWAITING_SIGNATURES';
  if (current.status === 'DRAFTING') return 'DRAFTING';
  return 'NOT_STARTED';
}
