import type { Agreement } from './agreement.entity.js';

/**
 * What the audit trail keeps of an agreement before and after a write: its own fields, its
 * parties by id and its signatories. Collections must be loaded.
 */
export function snapshotAgreement(agreement: Agreement, version = agreement.version): Record<string, unknown> {
  return {
    id: agreement.id,
    wardId: agreement.ward.id,
    agencyId: agreement.agency.id,
    postOfficeId: agreement.postOffice.id,
    status: agreement.status,
    version,
    referenceNumber: agreement.referenceNumber,
    signedOn: agreement.signedOn,
    effectiveFrom: agreement.effectiveFrom,
    effectiveTo: agreement.effectiveTo,
    notes: agreement.notes,
    signatories: agreement.signatories.isInitialized()
      ? agreement.signatories
          .getItems()
          .map(({ party, name, title, signedOn }) => ({ party, name, title, signedOn }))
          .sort((a, b) => a.party.localeCompare(b.party))
      : [],
  };
}
