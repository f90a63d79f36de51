import { wardSigningStatusAfterMergers } from '@tripartite/shared';
import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/request-context.js';
import type { Ward } from '../geography/ward.entity.js';
import { predecessorsOfWardLoader } from '../geography/ward-lineage.js';
import type { Agreement } from './agreement.entity.js';
import { AgreementsService, type SignatoryRow, type StatusChangeRow } from './agreements.service.js';
import { hasSignedOwnAgreement, SigningService, signedWhileUnitExisted, type WardStanding } from './signing.service.js';

/** Each ward's agreements, newest first, batched across every ward in the response. */
export function agreementsOfWardLoader({ em, loaders }: RequestContext): DataLoader<string, Agreement[]> {
  return loaders.get<string, Agreement[]>('agreementsOfWard', (wardIds) =>
    new SigningService(em).agreementsOfWards(wardIds),
  );
}

/** Each agreement's signatories, batched across every agreement in the response. */
export function signatoriesOfAgreementLoader({ em, loaders }: RequestContext): DataLoader<string, SignatoryRow[]> {
  return loaders.get<string, SignatoryRow[]>('signatoriesOfAgreement', (agreementIds) =>
    new AgreementsService(em).signatoriesOf(agreementIds),
  );
}

/** Each agreement's status changes, oldest first, batched across every agreement in the response. */
export function historyOfAgreementLoader({ em, loaders }: RequestContext): DataLoader<string, StatusChangeRow[]> {
  return loaders.get<string, StatusChangeRow[]>('historyOfAgreement', (agreementIds) =>
    new AgreementsService(em).historiesOf(agreementIds),
  );
}

/**
 * Where each ward stood on a day; one batched load of agreements (and, for past days, history).
 * Worked out once per ward and day in a request, however many fields ask (`signingProgress`,
 * `wards(signingStatus)`, `signingStatus`, `currentAgreement`). Only a ward with nothing under
 * way that never signed an agreement of its own has its predecessors looked at (for
 * `NEEDS_RESIGNING`), in two more batched loads for all such wards together.
 */
export function standingsOn(context: RequestContext, wards: readonly Ward[], day: string): Promise<WardStanding[]> {
  const standings = context.loaders.get<string, WardStanding>(`wardStanding:${day}`, (wardIds) => {
    const signing = new SigningService(context.em);
    const agreements = agreementsOfWardLoader(context);
    return Promise.all(
      wardIds.map(async (wardId) => {
        const own = await agreements.load(wardId);
        const standing = await signing.standingOn(own, day);
        if (standing.status !== 'NOT_STARTED' || hasSignedOwnAgreement(own, day)) return standing;
        const signedByPredecessors = await predecessorSignedAgreementsLoader(context, day).load(wardId);
        const status = wardSigningStatusAfterMergers(standing.status, {
          signedOwnAgreement: false,
          predecessorSignedAgreements: signedByPredecessors.length,
        });
        return { ...standing, status };
      }),
    );
  });
  return Promise.all(wards.map((ward) => standings.load(ward.id)));
}

/**
 * The agreements that the units merged into each ward signed while they existed, by `day`: by
 * predecessor in Vietnamese name order, newest first within each. One batched load of the
 * predecessors (MikroORM's collection dataloader) and one of their agreements, however many
 * wards. Only direct predecessors count: an older unit's agreement bound the unit it was merged
 * into then, which had to sign its own.
 */
export function predecessorSignedAgreementsOn(
  context: RequestContext,
  wards: readonly Ward[],
  day: string,
): Promise<Agreement[][]> {
  const loader = predecessorSignedAgreementsLoader(context, day);
  return Promise.all(wards.map((ward) => loader.load(ward.id)));
}

function predecessorSignedAgreementsLoader(context: RequestContext, day: string): DataLoader<string, Agreement[]> {
  return context.loaders.get<string, Agreement[]>(`predecessorSignedAgreements:${day}`, (wardIds) => {
    const agreements = agreementsOfWardLoader(context);
    const predecessorsOf = predecessorsOfWardLoader(context);
    return Promise.all(
      wardIds.map(async (wardId) => {
        const predecessors = await predecessorsOf.load(wardId);
        const ofEach = await Promise.all(predecessors.map((predecessor) => agreements.load(predecessor.id)));
        return predecessors.flatMap((predecessor, index) =>
          ofEach[index]!.filter((agreement) => signedWhileUnitExisted(agreement, predecessor, day)),
        );
      }),
    );
  });
}
