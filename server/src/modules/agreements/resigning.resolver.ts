import { todayInVietnam } from '@tripartite/shared';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { dayWithin } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { JUDGED_ON_DESCRIPTION } from '../geography/as-of.args.js';
import { GeographyService } from '../geography/geography.service.js';
import { Ward } from '../geography/ward.entity.js';
import { agreementsOfWardLoader, predecessorSignedAgreementsOn, standingsOn } from './agreement-loaders.js';
import { Agreement } from './agreement.entity.js';
import { hasSignedOwnAgreement } from './signing.service.js';

/** After the 2025 reorganisation: which wards must sign again, and what their predecessors had signed. */
@Resolver(() => Ward)
export class ResigningResolver {
  @Authorized()
  @Query(() => [Ward], {
    description:
      'The re-signing worklist of a province: its wards in force on the day that have no signed agreement in effect and whose predecessors (units merged into them) had signed agreements while they existed. Those agreements bound the old units and do not carry over. Each ward’s `signingStatus` is `NEEDS_RESIGNING` while nothing is under way, or, once it has started its own, `DRAFTING` or `AWAITING_SIGNATURES`; a ward that has signed one of its own since (even one not yet in effect, or lapsed) has re-signed and leaves the list; `predecessorAgreements` lists what the old units had signed, with their parties. Ordered by Vietnamese name. Nested fields judge on their own `asOf` (today without it).',
  })
  async resigningWorklist(
    @Arg('provinceCode', () => String, {
      description: 'Official two-digit code of a province in force on the day, such as `79`.',
    })
    provinceCode: string,
    @Arg('asOf', () => CalendarDateScalar, {
      nullable: true,
      description: 'The day to judge on, `YYYY-MM-DD`; today in Vietnam without it.',
    })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Ward[]> {
    const day = asOf ?? todayInVietnam();
    const geography = new GeographyService(context.em);
    const province = await geography.provinceByCode(provinceCode, day, 'provinceCode');
    const wards = await geography.wardsOf(province, day);
    const [standings, own, signedByPredecessors] = await Promise.all([
      standingsOn(context, wards, day),
      Promise.all(wards.map((ward) => agreementsOfWardLoader(context).load(ward.id))),
      predecessorSignedAgreementsOn(context, wards, day),
    ]);
    return wards.filter(
      (_ward, index) =>
        standings[index]!.status !== 'SIGNED' &&
        !hasSignedOwnAgreement(own[index]!, day) &&
        signedByPredecessors[index]!.length > 0,
    );
  }

  @FieldResolver(() => [Agreement], {
    description:
      'The agreements that the units merged into this one (`predecessors`) signed while they existed, by the day: by predecessor, newest first. They stay on the old units (`ward` says which) and do not count for this one; empty when there are none. Listed whatever this ward’s own status, so an agreement it is drafting can be checked against them.',
  })
  async predecessorAgreements(
    @Root() ward: Ward,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Agreement[]> {
    const [agreements] = await predecessorSignedAgreementsOn(context, [ward], dayWithin(ward, asOf));
    return agreements!;
  }
}
