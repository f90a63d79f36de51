import { OPEN_AGREEMENT_STATUSES } from '@tripartite/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { viewerScope } from '../access/viewer-scope.js';
import { Ward } from '../geography/ward.entity.js';
import { agreementsOfWardLoader } from './agreement-loaders.js';

/** Whether the person asking works on each ward's agreements, batched across every ward in the response. */
function inViewerScope(context: RequestContext, ward: Ward): Promise<boolean> {
  const scope = viewerScope(context);
  if (!scope) return Promise.resolve(false);
  return context.loaders
    .get<Ward, boolean>('viewerMayStartAgreementFor', (wards) => scope.mayStartAgreementsFor(wards))
    .load(ward);
}

/** What the person asking may do for a ward's agreements, as the server will judge `createAgreement`. */
@Resolver(() => Ward)
export class WardCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether this ward is within your (the person asking’s) scope for agreements: any ward for an admin, the wards of their province for a director, the wards their post office (or a unit under it) serves today for a coordinator; never for a viewer. Whether a particular write is possible now is in `viewerCanStartAgreement` and `Agreement.viewerCanChange`.',
  })
  inViewerAgreementScope(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<boolean> {
    return inViewerScope(context, ward);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may start an agreement for this ward now (`createAgreement`): it is within your scope (`inViewerAgreementScope`) and none of its agreements is being drafted or awaiting signatures.',
  })
  async viewerCanStartAgreement(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<boolean> {
    const [inScope, agreements] = await Promise.all([
      inViewerScope(context, ward),
      agreementsOfWardLoader(context).load(ward.id),
    ]);
    return inScope && !agreements.some((agreement) => OPEN_AGREEMENT_STATUSES.includes(agreement.status));
  }
}
