import { todayInVietnam } from '@tripartite/shared';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { loadOptionalReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { dayWithin } from '../../db/validity.js';
import { AS_OF_DESCRIPTION, JUDGED_ON_DESCRIPTION } from '../geography/as-of.args.js';
import { GeographyService } from '../geography/geography.service.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from './agency.entity.js';
import { PostOffice } from './post-office.entity.js';
import { ServiceUnitsService } from './service-units.service.js';

const PROVINCE_CODE_ARG = {
  nullable: true,
  description: 'Official two-digit code of a province in force on the day; every province without it.',
} as const;

async function provinceOrAll(em: RequestContext['em'], code: string | null | undefined, day: string) {
  return code == null ? null : new GeographyService(em).provinceByCode(code, day, 'provinceCode');
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => [Agency], {
    description:
      'Social-insurance agencies and offices in force on a day, top levels first; their ids filter `agreements`. ' +
      'Not paged: up to about 1,000 across the country, so the query cost limit counts it as that many without `provinceCode`.',
  })
  async agencies(
    @Arg('provinceCode', () => String, PROVINCE_CODE_ARG) provinceCode: string | null | undefined,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Agency[]> {
    const day = asOf ?? todayInVietnam();
    return new ServiceUnitsService(em).agencies(await provinceOrAll(em, provinceCode, day), day);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency above this one; null for the top.' })
  parent(@Root() agency: Agency): Promise<Agency | null> {
    return loadOptionalReference(agency.parent);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The provincial unit it serves; null for a national body.',
  })
  province(@Root() agency: Agency): Promise<Province | null> {
    return loadOptionalReference(agency.province);
  }
}

@Resolver(() => PostOffice)
export class PostOfficeResolver {
  @Authorized()
  @Query(() => [PostOffice], {
    description:
      'Vietnam Post units in force on a day, top levels first; their ids filter `agreements`. ' +
      'Not paged: up to about 10,000 across the country (a post point in nearly every commune), so the query cost ' +
      'limit counts it as that many without `provinceCode`: give one.',
  })
  async postOffices(
    @Arg('provinceCode', () => String, PROVINCE_CODE_ARG) provinceCode: string | null | undefined,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<PostOffice[]> {
    const day = asOf ?? todayInVietnam();
    return new ServiceUnitsService(em).postOffices(await provinceOrAll(em, provinceCode, day), day);
  }

  @FieldResolver(() => PostOffice, {
    nullable: true,
    description: 'The Vietnam Post unit above this one; null for the top.',
  })
  parent(@Root() postOffice: PostOffice): Promise<PostOffice | null> {
    return loadOptionalReference(postOffice.parent);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The provincial unit it serves; null for a national body.',
  })
  province(@Root() postOffice: PostOffice): Promise<Province | null> {
    return loadOptionalReference(postOffice.province);
  }
}

/** Which agency and post office serve a ward: not always the ones that signed its agreement. */
@Resolver(() => Ward)
export class WardServiceUnitsResolver {
  @FieldResolver(() => Agency, {
    nullable: true,
    description:
      'The social-insurance agency or office serving this ward on the day. It can differ from the one that signed an older agreement.',
  })
  servingAgency(
    @Root() ward: Ward,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<Agency | null> {
    const day = dayWithin(ward, asOf);
    return loaders
      .get<Ward, Agency | null>(`servingAgency:${day}`, (wards) =>
        new ServiceUnitsService(em).servingAgencies(wards, day),
      )
      .load(ward);
  }

  @FieldResolver(() => PostOffice, {
    nullable: true,
    description: 'The Vietnam Post unit serving this ward on the day.',
  })
  servingPostOffice(
    @Root() ward: Ward,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: JUDGED_ON_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<PostOffice | null> {
    const day = dayWithin(ward, asOf);
    return loaders
      .get<Ward, PostOffice | null>(`servingPostOffice:${day}`, (wards) =>
        new ServiceUnitsService(em).servingPostOffices(wards, day),
      )
      .load(ward);
  }
}
