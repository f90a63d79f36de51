import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from './agreements.js';
import { AGREEMENT_TRANSITIONS, allowedTransitions, transitionProblem } from './agreement-lifecycle.js';

const allSigned = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'] as const;
const draft = { status: 'DRAFTING', effectiveFrom: null, effectiveTo: null, signedParties: [] } as const;

describe('the agreement lifecycle', () => {
  it('follows DRAFTING → AWAITING_SIGNATURES → SIGNED → EXPIRED or TERMINATED, and nothing leaves a final status', () => {
    expect(AGREEMENT_TRANSITIONS.DRAFTING).toEqual(['AWAITING_SIGNATURES', 'TERMINATED']);
    expect(AGREEMENT_TRANSITIONS.AWAITING_SIGNATURES).toContain('SIGNED');
    expect(AGREEMENT_TRANSITIONS.SIGNED).toEqual(['EXPIRED', 'TERMINATED']);
    expect(AGREEMENT_TRANSITIONS.EXPIRED).toEqual([]);
    expect(AGREEMENT_TRANSITIONS.TERMINATED).toEqual([]);
    for (const from of AGREEMENT_STATUSES) expect(AGREEMENT_TRANSITIONS[from]).not.toContain(from);
  });

  it('refuses a skipped step and says where the agreement can go', () => {
    expect(transitionProblem(draft, 'SIGNED', '2026-01-01')).toBe(
      'An agreement cannot go from DRAFTING to SIGNED; from DRAFTING it can go to AWAITING_SIGNATURES or TERMINATED.',
    );
    expect(transitionProblem({ ...draft, status: 'EXPIRED' }, 'SIGNED', '2026-01-01')).toContain('it is final');
  });

  it('signs only when all three parties have signed and a start day is given', () => {
    const awaiting = { ...draft, status: 'AWAITING_SIGNATURES', effectiveFrom: '2026-02-01' } as const;
    expect(transitionProblem({ ...awaiting, signedParties: ['POST_OFFICE'] }, 'SIGNED', '2026-01-01')).toBe(
      'All three parties must have signed first; not yet signed: SOCIAL_INSURANCE_AGENCY, PEOPLES_COMMITTEE.',
    );
    expect(
      transitionProblem({ ...awaiting, signedParties: allSigned, effectiveFrom: null }, 'SIGNED', '2026-01-01'),
    ).toBe('A signed agreement needs the first day it is in effect.');
    expect(transitionProblem({ ...awaiting, signedParties: allSigned }, 'SIGNED', '2026-01-01')).toBeNull();
  });

  it('expires an agreement only after its last day', () => {
    const signed = {
      status: 'SIGNED',
      effectiveFrom: '2025-01-01',
      effectiveTo: '2025-12-31',
      signedParties: allSigned,
    } as const;
    expect(transitionProblem(signed, 'EXPIRED', '2025-12-31')).toContain('only after that day');
    expect(transitionProblem(signed, 'EXPIRED', '2026-01-01')).toBeNull();
    expect(transitionProblem({ ...signed, effectiveTo: null }, 'EXPIRED', '2026-01-01')).toContain(
      'terminate it instead',
    );
  });

  it('offers the app only the moves the server will accept', () => {
    expect(allowedTransitions(draft, '2026-01-01')).toEqual(['AWAITING_SIGNATURES', 'TERMINATED']);
    const awaiting = { ...draft, status: 'AWAITING_SIGNATURES' } as const;
    expect(allowedTransitions(awaiting, '2026-01-01')).toEqual(['DRAFTING', 'TERMINATED']);
    expect(allowedTransitions({ ...awaiting, signedParties: allSigned }, '2026-01-01')).toEqual([
      'SIGNED',
      'DRAFTING',
      'TERMINATED',
    ]);
  });
});
