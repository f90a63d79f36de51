import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { viewerScope } from '../access/viewer-scope.js';
import { Province } from '../geography/province.entity.js';

/** Whether the person asking may set a province's targets. */
@Resolver(() => Province)
export class ProvinceTargetCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether you (the person asking) may set this province’s targets and those of its wards (`setTarget`): an admin, or a director of an agency of this province or of the province it was merged into. False for coordinators and viewers.',
  })
  async viewerCanSetTargets(@Root() province: Province, @Ctx() context: RequestContext): Promise<boolean> {
    const scope = viewerScope(context);
    if (!scope) return false;
    const [manages] = await scope.managesProvinces([province.id]);
    return manages!;
  }
}
