import { allowedTransitions, type AgreementStatus, OPEN_AGREEMENT_STATUSES, todayInVietnam } from '@tripartite/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { viewerScope } from '../access/viewer-scope.js';
import { AgreementStatusEnum } from './agreement-enums.js';
import { signatoriesOfAgreementLoader } from './agreement-loaders.js';
import { Agreement } from './agreement.entity.js';

/** Whether the person asking may change each agreement, batched across every agreement in the response. */
function viewerMayChange(context: RequestContext, agreement: Agreement): Promise<boolean> {
  const scope = viewerScope(context);
  if (!scope) return Promise.resolve(false);
  return context.loaders
    .get<Agreement, boolean>('viewerMayChangeAgreement', (agreements) => scope.mayChangeAgreements(agreements))
    .load(agreement);
}

/**
 * What the person asking may do with an agreement, as the server will judge their writes
 * (modules/access/access-scope.ts and the shared lifecycle), so the app offers exactly that and
 * never keeps a copy of the rules.
 */
@Resolver(() => Agreement)
export class AgreementCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether you (the person asking) may change this agreement: an admin anywhere, a director in the agreement’s province, a coordinator of its post office or of a unit above it. False for viewers. Which changes are possible now is in `viewerNextStatuses` and `viewerCanRecordSignature`.',
  })
  viewerCanChange(@Root() agreement: Agreement, @Ctx() context: RequestContext): Promise<boolean> {
    return viewerMayChange(context, agreement);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may record or replace a signatory now (`recordSignature`): you may change the agreement and it is still being drafted or awaiting signatures.',
  })
  async viewerCanRecordSignature(@Root() agreement: Agreement, @Ctx() context: RequestContext): Promise<boolean> {
    return OPEN_AGREEMENT_STATUSES.includes(agreement.status) && (await viewerMayChange(context, agreement));
  }

  @FieldResolver(() => [AgreementStatusEnum], {
    description:
      'The statuses you may move this agreement to today (`changeAgreementStatus`): the lifecycle’s next steps that its signatures and effective period allow (SIGNED once all three parties have signed, given a first day in effect with the move; EXPIRED only after its last day). Empty when you may not change it or it is final.',
  })
  async viewerNextStatuses(@Root() agreement: Agreement, @Ctx() context: RequestContext): Promise<AgreementStatus[]> {
    if (!(await viewerMayChange(context, agreement))) return [];
    const signatories = agreement.signatories.isInitialized()
      ? agreement.signatories.getItems()
      : await signatoriesOfAgreementLoader(context).load(agreement.id);
    return allowedTransitions(
      {
        status: agreement.status,
        effectiveFrom: agreement.effectiveFrom ?? null,
        effectiveTo: agreement.effectiveTo ?? null,
        signedParties: signatories.filter((signatory) => signatory.signedOn).map((signatory) => signatory.party),
      },
      todayInVietnam(),
    );
  }
}
