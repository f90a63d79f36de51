import { describe, expect, it } from 'vitest';
import { mayWrite, nextStatuses } from './agreement-permissions';

const hcmPostOffice = { id: 'po-79', parent: { id: 'vnpost', parent: null } };
const branch = { id: 'po-79-q1', parent: { id: 'po-79', parent: { id: 'vnpost' } } };

describe('who may write, as the server judges it', () => {
  it('lets admins everywhere, directors in their province, coordinators where their post office is the party', () => {
    const scope = { provinceCode: '79', postOffice: branch };
    expect(mayWrite({ role: 'ADMIN' }, scope)).toBe(true);
    expect(mayWrite({ role: 'VIEWER' }, scope)).toBe(false);
    expect(mayWrite({ role: 'DIRECTOR', agency: { province: { code: '79' } } }, scope)).toBe(true);
    expect(mayWrite({ role: 'DIRECTOR', agency: { province: { code: '01' } } }, scope)).toBe(false);
    // A provincial office oversees the branches under it, not the other way round.
    expect(mayWrite({ role: 'COORDINATOR', postOffice: { id: 'po-79' } }, scope)).toBe(true);
    expect(
      mayWrite({ role: 'COORDINATOR', postOffice: { id: 'po-79-q1' } }, { ...scope, postOffice: hcmPostOffice }),
    ).toBe(false);
    expect(mayWrite(null, scope)).toBe(false);
  });
});

describe('the moves offered, from the shared state machine', () => {
  const signatories = (signed: number) =>
    (['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'] as const).map((party, index) => ({
      party,
      signedOn: index < signed ? '2026-11-20' : null,
    }));

  it('offers signing only once all three parties have signed', () => {
    expect(nextStatuses({ status: 'AWAITING_SIGNATURES', signatories: signatories(1) }, '2026-11-25')).toEqual([
      'DRAFTING',
      'TERMINATED',
    ]);
    expect(nextStatuses({ status: 'AWAITING_SIGNATURES', signatories: signatories(3) }, '2026-11-25')).toEqual([
      'SIGNED',
      'DRAFTING',
      'TERMINATED',
    ]);
    expect(nextStatuses({ status: 'TERMINATED', signatories: signatories(3) }, '2026-11-25')).toEqual([]);
  });
});
