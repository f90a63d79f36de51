import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { viewerScope } from '../access/viewer-scope.js';
import { Province } from '../geography/province.entity.js';

/** Whether the person asking may record a province's participation figures. */
@Resolver(() => Province)
export class ProvinceFigureCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether you (the person asking) may record participation figures for this province and its wards (`recordParticipationFigure`, figure imports, flagged figures): an admin, or a director of an agency of this province or of the province it was merged into. False for coordinators and viewers.',
  })
  async viewerCanRecordFigures(@Root() province: Province, @Ctx() context: RequestContext): Promise<boolean> {
    const scope = viewerScope(context);
    if (!scope) return false;
    const [manages] = await scope.managesProvinces([province.id]);
    return manages!;
  }
}
