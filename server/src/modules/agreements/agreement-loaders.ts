import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/request-context.js';
import type { Ward } from '../geography/ward.entity.js';
import type { AgreementSignatory } from './agreement-signatory.entity.js';
import type { AgreementStatusChange } from './agreement-status-change.entity.js';
import type { Agreement } from './agreement.entity.js';
import { AgreementsService } from './agreements.service.js';
import { SigningService, type WardStanding } from './signing.service.js';

/** Each ward's agreements, newest first, batched across every ward in the response. */
export function agreementsOfWardLoader({ em, loaders }: RequestContext): DataLoader<string, Agreement[]> {
  return loaders.get<string, Agreement[]>('agreementsOfWard', (wardIds) =>
    new SigningService(em).agreementsOfWards(wardIds),
  );
}

/** Each agreement's signatories, batched across every agreement in the response. */
export function signatoriesOfAgreementLoader({
  em,
  loaders,
}: RequestContext): DataLoader<string, AgreementSignatory[]> {
  return loaders.get<string, AgreementSignatory[]>('signatoriesOfAgreement', (agreementIds) =>
    new AgreementsService(em).signatoriesOf(agreementIds),
  );
}

/** Each agreement's status changes, oldest first, batched across every agreement in the response. */
export function historyOfAgreementLoader({ em, loaders }: RequestContext): DataLoader<string, AgreementStatusChange[]> {
  return loaders.get<string, AgreementStatusChange[]>('historyOfAgreement', (agreementIds) =>
    new AgreementsService(em).historiesOf(agreementIds),
  );
}

/**
 * Where each ward stood on a day; one batched load of agreements (and, for past days, history).
 * Worked out once per ward and day in a request, however many fields ask (`signingProgress`,
 * `wards(signingStatus)`, `signingStatus`, `currentAgreement`).
 */
export function standingsOn(context: RequestContext, wards: readonly Ward[], day: string): Promise<WardStanding[]> {
  const standings = context.loaders.get<string, WardStanding>(`wardStanding:${day}`, (wardIds) => {
    const signing = new SigningService(context.em);
    const agreements = agreementsOfWardLoader(context);
    return Promise.all(wardIds.map(async (wardId) => signing.standingOn(await agreements.load(wardId), day)));
  });
  return Promise.all(wards.map((ward) => standings.load(ward.id)));
}
