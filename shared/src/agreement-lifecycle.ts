import type { AgreementParty, AgreementStatus } from './agreements.js';
import { AGREEMENT_PARTIES } from './agreements.js';

/**
 * The one state machine of an agreement's life, run by the server to enforce it and by the
 * app to offer only the moves that will be accepted.
 *
 *   DRAFTING → AWAITING_SIGNATURES → SIGNED → EXPIRED
 *                                          ↘ TERMINATED
 * A draft sent for signature can come back for changes; an agreement abandoned before it is
 * signed is terminated. EXPIRED and TERMINATED are final: a ward starts a new agreement.
 */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  DRAFTING: ['AWAITING_SIGNATURES', 'TERMINATED'],
  AWAITING_SIGNATURES: ['SIGNED', 'DRAFTING', 'TERMINATED'],
  SIGNED: ['EXPIRED', 'TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
};

/** Statuses in which an agreement is still being negotiated and its signatories can change. */
export const OPEN_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['DRAFTING', 'AWAITING_SIGNATURES'];

/** What a transition is judged on: the agreement as it stands, and the day (`YYYY-MM-DD`). */
export type AgreementForTransition = {
  status: AgreementStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  /** Parties whose signatory has signed (has a signing day). */
  signedParties: readonly AgreementParty[];
};

/** Why `to` is not allowed from where the agreement stands, in words for the user; null when it is. */
export function transitionProblem(
  agreement: AgreementForTransition,
  to: AgreementStatus,
  today: string,
): string | null {
  if (!AGREEMENT_TRANSITIONS[agreement.status].includes(to)) {
    const allowed = AGREEMENT_TRANSITIONS[agreement.status];
    return `An agreement cannot go from ${agreement.status} to ${to}; from ${agreement.status} it can go to ${
      allowed.length > 0 ? allowed.join(' or ') : 'nothing (it is final)'
    }.`;
  }
  if (to === 'SIGNED') {
    const missing = AGREEMENT_PARTIES.filter((party) => !agreement.signedParties.includes(party));
    if (missing.length > 0) return `All three parties must have signed first; not yet signed: ${missing.join(', ')}.`;
    if (agreement.effectiveFrom === null) return 'A signed agreement needs the first day it is in effect.';
  }
  if (to === 'EXPIRED' && (agreement.effectiveTo === null || agreement.effectiveTo >= today)) {
    return agreement.effectiveTo === null
      ? 'An agreement without an end date cannot expire; terminate it instead.'
      : `The agreement is in effect until ${agreement.effectiveTo}; it can expire only after that day.`;
  }
  return null;
}

/** The moves the app can offer for this agreement today. */
export function allowedTransitions(agreement: AgreementForTransition, today: string): AgreementStatus[] {
  return AGREEMENT_TRANSITIONS[agreement.status].filter((to) => {
    // SIGNED needs an effective date the user gives with the move, so only the signatures count here.
    const withStart = to === 'SIGNED' ? { ...agreement, effectiveFrom: agreement.effectiveFrom ?? today } : agreement;
    return transitionProblem(withStart, to, today) === null;
  });
}
