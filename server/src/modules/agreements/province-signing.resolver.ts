import { todayInVietnam, type WardSigningStatus } from '@tripartite/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { dayWithin } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { selectionOf } from '../../graphql/selection.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { JUDGED_ON_DESCRIPTION } from '../geography/as-of.args.js';
import { GeographyService } from '../geography/geography.service.js';
import { answerableFromPlainProvince } from '../geography/plain-province.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { WardSigningStatusEnum } from './agreement-enums.js';
import { standingsOn } from './agreement-loaders.js';
import { signingProgressOf, SigningProgress } from './signing-progress.type.js';
import { SigningOverTime } from './signing-over-time.type.js';
import { SigningOverTimeService } from './signing-over-time.service.js';
import { plainWardsOfProvince } from './province-ward-rows.js';
import { plainWardsCanAnswer } from './ward-standing-rows.js';

// Today's progress reads the province's id, code and validity only (signing-progress.type.ts); on a
// past day (`asOf`) it reads the wards as entities.
answerableFromPlainProvince('signingProgress', 'without arguments');
// Today's wards as plain rows read the province's id and validity only (`wards` below). With an
// argument (`asOf`, a search, a status filter) or a field plain rows do not answer, `wards` may
// take the entity path, which loads the province's ward collection. Without this, each
// `province(code) { wards { … } }` built a Province entity in a forked EntityManager to read its
// id: 6 aliases of it (the noisy neighbour's query) cost 9.8-12.8 -> 7.5-8.7 ms CPU and 245-254 ->
// 229-241 MiB peak RSS (built server, SQLite, 20 clients for 20 s, builds alternating 3 times).
answerableFromPlainProvince('wards', (field) => !field.hasArguments && plainWardsCanAnswer(field));

/** Province fields about its wards and how far they have come in signing. */
@Resolver(() => Province)
export class ProvinceSigningResolver {
  @FieldResolver(() => [Ward], {
    description:
      'The wards, communes and special zones of this unit in force on the day, in Vietnamese alphabetical order; a plain list, since a province has a few hundred at most.',
  })
  async wards(
    @Root() province: Province,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Keep wards whose name or code contains this text, ignoring case and diacritics: `ben thanh` finds `Bến Thành`.',
    })
    search: string | null | undefined,
    @Arg('signingStatus', () => [WardSigningStatusEnum], {
      nullable: true,
      description: 'Keep wards that stand at one of these signing statuses on the day.',
    })
    signingStatus: WardSigningStatus[] | null | undefined,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Ward[]> {
    const day = dayWithin(province, asOf);
    const selection = selectionOf(info);
    if (day === todayInVietnam() && plainWardsCanAnswer(selection)) {
      // Today, asking only for what plain rows answer: one statement for every province in the response.
      const wards = await plainWardsOfProvince(context, province.id, {
        day,
        selection,
        search: search ?? undefined,
        signingStatus: signingStatus ?? undefined,
      });
      return wards as unknown as Ward[];
    }
    const wards = await new GeographyService(context.em).wardsOf(province, day, search ?? undefined);
    if (!signingStatus) return wards;
    const standings = await standingsOn(context, wards, day);
    return wards.filter((_ward, index) => signingStatus.includes(standings[index]!.status));
  }

  @FieldResolver(() => SigningProgress, {
    description:
      'How many of this unit’s wards have signed, await signatures, are drafting, need re-signing after a merger or have not started, on the day.',
  })
  async signingProgress(
    @Root() province: Province,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<SigningProgress> {
    return signingProgressOf(context, province, asOf);
  }

  @FieldResolver(() => SigningOverTime, {
    description:
      'The signing drive week by week, from the status history of the agreements of this unit’s wards in force today: signings per week and the wards lacking a signed agreement at the end of each week.',
  })
  async signingOverTime(@Root() province: Province, @Ctx() context: RequestContext): Promise<SigningOverTime> {
    const wards = await new GeographyService(context.em).wardsOf(province, todayInVietnam());
    return new SigningOverTimeService(context.em).of(wards);
  }
}
