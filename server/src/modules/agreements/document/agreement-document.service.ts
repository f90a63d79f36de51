import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { NotFoundError } from '../../../errors.js';
import { isId } from '../../../validation.js';
import { Agreement } from '../agreement.entity.js';
import type { AgreementDocumentData } from './agreement-document.js';

/**
 * What the printed agreement needs, in one query with its ward, province, parties and
 * signatories. Reading it is allowed to whoever may read the agreement through the API: every
 * signed-in account (the route checks that); an id that is not one is simply not found.
 */
export class AgreementDocumentService {
  constructor(private readonly em: EntityManager) {}

  async dataOf(id: string): Promise<AgreementDocumentData> {
    const agreement = isId(id)
      ? await this.em.findOne(Agreement, { id }, { populate: ['ward.province', 'agency', 'postOffice', 'signatories'] })
      : null;
    if (!agreement) throw new NotFoundError(`No agreement has id "${id}"`);
    return {
      referenceNumber: agreement.referenceNumber,
      status: agreement.status,
      place: agreement.ward.province.fullName,
      wardFullName: agreement.ward.fullName,
      agencyName: agreement.agency.name,
      postOfficeName: agreement.postOffice.name,
      signedOn: agreement.signedOn,
      effectiveFrom: agreement.effectiveFrom,
      effectiveTo: agreement.effectiveTo,
      signatories: agreement.signatories.getItems().map((signatory) => ({
        party: signatory.party,
        name: signatory.name,
        title: signatory.title,
        signedOn: signatory.signedOn,
      })),
      printedOn: todayInVietnam(),
    };
  }
}
