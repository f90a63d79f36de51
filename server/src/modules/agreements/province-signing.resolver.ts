import { todayInVietnam, type WardSigningStatus } from '@tripartite/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isValidOn } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { AS_OF_DESCRIPTION } from '../geography/as-of.args.js';
import { GeographyService } from '../geography/geography.service.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { WardSigningStatusEnum } from './agreement-enums.js';
import { agreementsOfWardLoader } from './agreement-loaders.js';
import { SigningService } from './signing.service.js';
import { SigningProgress } from './signing-progress.type.js';

/** Province fields about its wards and how far they have come in signing. */
@Resolver(() => Province)
export class ProvinceSigningResolver {
  @FieldResolver(() => [Ward], {
    description:
      'The wards, communes and special zones of this unit, in Vietnamese alphabetical order; a plain list, since a province has a few hundred at most.',
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
    @Arg('asOf', () => CalendarDateScalar, {
      nullable: true,
      description: `The day \`signingStatus\` is judged on. ${AS_OF_DESCRIPTION}`,
    })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Ward[]> {
    const wards = await new GeographyService(context.em).wardsOf(province, search ?? undefined);
    if (!signingStatus) return wards;
    const day = asOf ?? todayInVietnam();
    const signing = new SigningService(context.em);
    const agreementsPerWard = await agreementsOfWardLoader(context).loadMany(wards.map((ward) => ward.id));
    return wards.filter((_ward, index) => {
      const agreements = agreementsPerWard[index];
      if (agreements instanceof Error) throw agreements;
      return signingStatus.includes(signing.statusOf(agreements ?? [], day));
    });
  }

  @FieldResolver(() => SigningProgress, {
    description: 'How many of this unit’s wards have signed, await signatures, are drafting or have not started.',
  })
  async signingProgress(
    @Root() province: Province,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<SigningProgress> {
    const day = asOf ?? todayInVietnam();
    const wards = (await new GeographyService(context.em).wardsOf(province)).filter((ward) => isValidOn(ward, day));
    const agreementsPerWard = await agreementsOfWardLoader(context).loadMany(wards.map((ward) => ward.id));
    const counts = new SigningService(context.em).progress(
      agreementsPerWard.map((agreements) => {
        if (agreements instanceof Error) throw agreements;
        return agreements;
      }),
      day,
    );
    return {
      asOf: day,
      totalWards: counts.totalWards,
      signed: counts.SIGNED,
      awaitingSignatures: counts.AWAITING_SIGNATURES,
      drafting: counts.DRAFTING,
      notStarted: counts.NOT_STARTED,
      fractionSigned: counts.totalWards === 0 ? 0 : counts.SIGNED / counts.totalWards,
    };
  }
}
