import { describe, expect, it } from 'vitest';
import { ACTION_PRIORITY, actionPath, nextActionFor } from './next-action';

const signatories = (signed: number) =>
  ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'].map((party, index) => ({
    party,
    signedOn: index < signed ? '2026-11-20' : null,
  }));

describe('the next action for a ward in the workspace', () => {
  it('follows the lifecycle: start, send, collect signatures, confirm, nothing', () => {
    expect(nextActionFor({ code: '1', signingStatus: 'NOT_STARTED', currentAgreement: null })).toBe('start');
    // A ward formed by a merger signs its own agreement afresh.
    expect(nextActionFor({ code: '1', signingStatus: 'NEEDS_RESIGNING', currentAgreement: null })).toBe('start');
    const agreement = (status: string, signed: number) => ({ id: 'a', status, signatories: signatories(signed) });
    expect(nextActionFor({ code: '1', signingStatus: 'DRAFTING', currentAgreement: agreement('DRAFTING', 0) })).toBe(
      'send',
    );
    expect(
      nextActionFor({
        code: '1',
        signingStatus: 'AWAITING_SIGNATURES',
        currentAgreement: agreement('AWAITING_SIGNATURES', 1),
      }),
    ).toBe('collect');
    expect(
      nextActionFor({
        code: '1',
        signingStatus: 'AWAITING_SIGNATURES',
        currentAgreement: agreement('AWAITING_SIGNATURES', 3),
      }),
    ).toBe('confirm');
    expect(nextActionFor({ code: '1', signingStatus: 'SIGNED', currentAgreement: agreement('SIGNED', 3) })).toBe(
      'none',
    );
  });

  it('puts the wards closest to signed first and sends each action to the page where it is taken', () => {
    const order = (['none', 'start', 'send', 'collect', 'confirm'] as const)
      .slice()
      .sort((a, b) => ACTION_PRIORITY[a] - ACTION_PRIORITY[b]);
    expect(order).toEqual(['confirm', 'collect', 'send', 'start', 'none']);
    // A terminated agreement is still the current one, but a new one starts on the ward page.
    const ward = {
      code: '26656',
      signingStatus: 'NOT_STARTED' as const,
      currentAgreement: { id: 'old', status: 'TERMINATED', signatories: [] },
    };
    expect(actionPath(ward, 'start')).toBe('/wards/26656#start');
    // Each lands on the part of the page where it is taken.
    expect(actionPath({ ...ward, signingStatus: 'DRAFTING' }, 'send')).toBe('/agreements/old#status-actions');
    expect(actionPath({ ...ward, signingStatus: 'AWAITING_SIGNATURES' }, 'collect')).toBe(
      '/agreements/old#signatories',
    );
    expect(actionPath({ ...ward, signingStatus: 'SIGNED' }, 'none')).toBe('/agreements/old');
  });
});
