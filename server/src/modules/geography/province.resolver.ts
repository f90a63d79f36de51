import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { GeographyService } from './geography.service.js';
import { Province } from './province.entity.js';
import { Ward } from './ward.entity.js';

const AS_OF_DESCRIPTION =
  'The day to answer for, `YYYY-MM-DD`; without it, today in Vietnam. Codes were reused on 1 July 2025, so a code means a unit only on a given day.';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'Provincial-level units in force on a day, ordered by official code.' })
  provinces(
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Province[]> {
    return new GeographyService(em).provinces(asOf ?? undefined);
  }

  @Query(() => Province, {
    description:
      'The provincial-level unit that bore an official code on a day. An unknown code is a `NOT_FOUND` error.',
  })
  province(
    @Arg('code', () => String, { description: 'Official two-digit code, such as `79` for Ho Chi Minh City.' })
    code: string,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Province> {
    return new GeographyService(em).provinceByCode(code, asOf ?? undefined);
  }

  @FieldResolver(() => [Ward], {
    description: 'The wards, communes and special zones of this unit, in Vietnamese alphabetical order.',
  })
  wards(@Root() province: Province, @Ctx() { em }: RequestContext): Promise<Ward[]> {
    return new GeographyService(em).wardsOf(province);
  }
}
