import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { GeographyService } from '../geography/geography.service.js';
import { ReminderDigest, StalledAgreement } from './stalled-agreement.type.js';
import { DEFAULT_IDLE_DAYS, StalledAgreementsService } from './stalled-agreements.service.js';

@Resolver()
export class StalledAgreementsResolver {
  @Authorized()
  @Query(() => [StalledAgreement], {
    description:
      'Open agreements (drafting or awaiting signatures) of a province’s wards that nobody has changed for `idleDays` days or more, the longest idle first, with who changed each last.',
  })
  async stalledAgreements(
    @Arg('provinceCode', () => String, {
      description: 'Official two-digit code of a province in force today, such as `79`.',
    })
    provinceCode: string,
    @Arg('idleDays', () => Int, {
      defaultValue: DEFAULT_IDLE_DAYS,
      description: 'Days without any change after which an open agreement counts as stalled (0 to 3650).',
    })
    idleDays: number,
    @Ctx() { em }: RequestContext,
  ): Promise<StalledAgreement[]> {
    const province = await new GeographyService(em).provinceByCode(provinceCode, undefined, 'provinceCode');
    return new StalledAgreementsService(em).inProvince(province.id, idleDays);
  }

  @Authorized()
  @Query(() => ReminderDigest, {
    description:
      'Today’s reminder for the person asking: the stalled agreements they can move forward (a director’s province, a coordinator’s post office; everything for an admin, nothing for a viewer). The same list `pnpm tripartite remind` emails.',
  })
  async myReminderDigest(@Ctx() { em, viewer }: RequestContext): Promise<ReminderDigest> {
    return {
      idleDays: DEFAULT_IDLE_DAYS,
      agreements: await new StalledAgreementsService(em).of(viewer!, DEFAULT_IDLE_DAYS),
    };
  }
}
