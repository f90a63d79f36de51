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
 * `NEEDS_RESIGNING` is a ward with nothing under way that has never signed an agreement of its
 * own, while units merged into it (1 July 2025) had signed theirs: those agreements bound the old
 * units, not this one, so they do not carry over. `NOT_STARTED` covers every other ward with
 * nothing under way: no agreement at all, or the last one terminated, expired or lapsed.
 */
export const WARD_SIGNING_STATUSES = [
  'SIGNED',
  'SIGNED_NOT_YET_IN_EFFECT',
  'AWAITING_SIGNATURES',
  'DRAFTING',
  'NEEDS_RESIGNING',
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

/** What decides whether a ward with nothing under way must re-sign after a merger. */
export type ResigningFacts = {
  /** Whether any of the ward's own agreements was signed by the day (even if since ended). */
  signedOwnAgreement: boolean;
  /** How many agreements units merged into it signed while they existed, by the day. */
  predecessorSignedAgreements: number;
};

/**
 * A ward's signing status once its predecessors are taken into account: a ward that would be
 * `NOT_STARTED`, has never signed an agreement of its own, and whose predecessors had signed
 * theirs `NEEDS_RESIGNING`. Every other status stands: an agreement of its own under way shows
 * as such (its predecessors' agreements are still listed beside it), and a ward that signed one
 * of its own since the merger and let it lapse is `NOT_STARTED` like any other.
 */
export function wardSigningStatusAfterMergers(own: WardSigningStatus, facts: ResigningFacts): WardSigningStatus {
  if (own !== 'NOT_STARTED' || facts.signedOwnAgreement) return own;
  return facts.predecessorSignedAgreements > 0 ? 'NEEDS_RESIGNING' : 'NOT_STARTED';
}
