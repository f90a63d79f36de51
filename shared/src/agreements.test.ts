import { describe, expect, it } from 'vitest';
import { isSignedAndInEffect, wardSigningStatus, wardSigningStatusAfterMergers } from './agreements.js';

const signed = { status: 'SIGNED', effectiveFrom: '2025-08-01', effectiveTo: '2026-07-31' } as const;

describe('isSignedAndInEffect', () => {
  it('holds from the first to the last day of effect, both included', () => {
    expect(isSignedAndInEffect(signed, '2025-07-31')).toBe(false);
    expect(isSignedAndInEffect(signed, '2025-08-01')).toBe(true);
    expect(isSignedAndInEffect(signed, '2026-07-31')).toBe(true);
    expect(isSignedAndInEffect(signed, '2026-08-01')).toBe(false);
  });

  it('never holds for an unsigned agreement or one without a start date', () => {
    expect(isSignedAndInEffect({ ...signed, status: 'AWAITING_SIGNATURES' }, '2026-01-01')).toBe(false);
    expect(isSignedAndInEffect({ ...signed, effectiveFrom: null }, '2026-01-01')).toBe(false);
  });

  it('has no end when effectiveTo is null', () => {
    expect(isSignedAndInEffect({ ...signed, effectiveTo: null }, '2099-12-31')).toBe(true);
  });
});

describe('wardSigningStatus', () => {
  it('counts a ward by its current agreement', () => {
    expect(wardSigningStatus(null, '2026-01-01')).toBe('NOT_STARTED');
    expect(wardSigningStatus(signed, '2026-01-01')).toBe('SIGNED');
    expect(wardSigningStatus({ ...signed, status: 'DRAFTING' }, '2026-01-01')).toBe('DRAFTING');
    expect(wardSigningStatus({ ...signed, status: 'AWAITING_SIGNATURES' }, '2026-01-01')).toBe('AWAITING_SIGNATURES');
  });

  it('tells a signed agreement whose effective date is ahead from one in effect', () => {
    expect(wardSigningStatus(signed, '2025-07-31')).toBe('SIGNED_NOT_YET_IN_EFFECT');
    expect(wardSigningStatus(signed, '2025-08-01')).toBe('SIGNED');
  });

  it('counts terminated, expired and lapsed agreements as not started', () => {
    expect(wardSigningStatus({ ...signed, status: 'TERMINATED' }, '2026-01-01')).toBe('NOT_STARTED');
    expect(wardSigningStatus({ ...signed, status: 'EXPIRED' }, '2026-01-01')).toBe('NOT_STARTED');
    expect(wardSigningStatus(signed, '2027-01-01')).toBe('NOT_STARTED');
  });
});

describe('wardSigningStatusAfterMergers', () => {
  const predecessorsSigned = { signedOwnAgreement: false, predecessorSignedAgreements: 2 };

  it('asks a ward with nothing under way to re-sign when its predecessors had signed and it never has', () => {
    expect(wardSigningStatusAfterMergers('NOT_STARTED', predecessorsSigned)).toBe('NEEDS_RESIGNING');
  });

  it('leaves a ward without signed predecessors, or one that has signed its own since, not started', () => {
    expect(
      wardSigningStatusAfterMergers('NOT_STARTED', { ...predecessorsSigned, predecessorSignedAgreements: 0 }),
    ).toBe('NOT_STARTED');
    expect(wardSigningStatusAfterMergers('NOT_STARTED', { ...predecessorsSigned, signedOwnAgreement: true })).toBe(
      'NOT_STARTED',
    );
  });

  it('keeps the status of an agreement of the ward’s own, signed or under way', () => {
    for (const own of ['SIGNED', 'SIGNED_NOT_YET_IN_EFFECT', 'AWAITING_SIGNATURES', 'DRAFTING'] as const) {
      expect(wardSigningStatusAfterMergers(own, predecessorsSigned)).toBe(own);
    }
  });
});
