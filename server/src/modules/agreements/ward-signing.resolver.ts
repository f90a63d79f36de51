import { isProvinceCode, todayInVietnam, type WardSigningStatus } from '@tripartite/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { dayWithin } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { JUDGED_ON_DESCRIPTION } from '../geography/as-of.args.js';
import { GeographyService } from '../geography/geography.service.js';
import { Ward } from '../geography/ward.entity.js';
import { WardSigningStatusEnum } from './agreement-enums.js';
import { agreementsOfWardLoader, standingsOn } from './agreement-loaders.js';
import { Agreement } from './agreement.entity.js';
import { SigningService } from './signing.service.js';
import { isPlainWard, PLAIN_STANDING, plainWardsCanAnswer, plainWardStandings } from './ward-standing-rows.js';
import { selectionOf } from '../../graphql/selection.js';
import { AnsweredFromPlainRows } from '../../graphql/plain-field-answers.js';
import { operationAlsoAsksProgress, sharedProvinceStandings } from './shared-province-standings.js';

/** Ward fields about signing, and the headline query. */
@Resolver(() => Ward)
export class WardSigningResolver {
  @Authorized()
  @Query(() => [Ward], {
    description:
      'The headline question: which of a province’s wards, communes and special zones have no signed agreement in effect today. Each comes with its current agreement, if any (`currentAgreement`), with its status and parties. A ward formed on 1 July 2025 is listed even if the units merged into it had signed: their agreements bound the old units and do not carry over; it shows as `NEEDS_RESIGNING` (while nothing of its own is under way), with those agreements in `predecessorAgreements`. Ordered by Vietnamese name.',
  })
  async wardsLackingSignedAgreement(
    @Arg('provinceCode', () => String, {
      description: 'Official two-digit code of a province in force today, such as `79`.',
    })
    provinceCode: string,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Ward[]> {
    const { rows, loaders } = context;
    const today = todayInVietnam();
    const selection = selectionOf(info);
    if (isProvinceCode(provinceCode) && plainWardsCanAnswer(selection)) {
      // The hot read: plain rows of exactly the selected columns, in one statement (ward-standing-rows.ts);
      // every ward's, shared with the province's signing progress, when the document asks for it too.
      const wards = operationAlsoAsksProgress(info, provinceCode)
        ? (await sharedProvinceStandings(rows, loaders, { provinceCode, day: today, selection })).filter(
            (ward) => ward[PLAIN_STANDING].status !== 'SIGNED',
          )
        : await plainWardStandings(rows, {
            province: { code: provinceCode },
            day: today,
            onlyLacking: true,
            selection,
          });
      // None: either every ward has signed, or there is no such province (NOT_FOUND).
      if (wards.length === 0)
        await new GeographyService(context.em).provinceByCode(provinceCode, today, 'provinceCode');
      return wards as unknown as Ward[];
    }
    const province = await new GeographyService(context.em).provinceByCode(provinceCode, today, 'provinceCode');
    return new SigningService(context.em).wardsLackingSignedAgreement(province, today);
  }

  @FieldResolver(() => Agreement, {
    nullable: true,
    description:
      'The agreement that speaks for this ward on the day: the signed one in effect, else the latest recorded by then (whatever its status); null when it had none.',
  })
  // A plain ward of the hot reads knows its agreement today (plain-field-answers.ts).
  @AnsweredFromPlainRows(isPlainWard, (ward) => ward[PLAIN_STANDING].current, { unlessGiven: 'asOf' })
  async currentAgreement(
    @Root() ward: Ward,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Agreement | null> {
    const [standing] = await standingsOn(context, [ward], dayWithin(ward, asOf));
    return standing!.current;
  }

  @FieldResolver(() => WardSigningStatusEnum, {
    description:
      'Where this ward stands in signing on the day; `NEEDS_RESIGNING` when it has nothing under way, never signed an agreement of its own, and units merged into it had signed theirs.',
  })
  @AnsweredFromPlainRows(isPlainWard, (ward) => ward[PLAIN_STANDING].status, { unlessGiven: 'asOf' })
  async signingStatus(
    @Root() ward: Ward,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WardSigningStatus> {
    const [standing] = await standingsOn(context, [ward], dayWithin(ward, asOf));
    return standing!.status;
  }

  @FieldResolver(() => [Agreement], { description: 'Every agreement this ward has had, newest first.' })
  agreements(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<Agreement[]> {
    return agreementsOfWardLoader(context).load(ward.id);
  }
}
