import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { loadOptionalReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { selectionOf } from '../../graphql/selection.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { AS_OF_DESCRIPTION } from './as-of.args.js';
import { GeographyService } from './geography.service.js';
import { plainProvinceByCode, plainProvinceCanAnswer } from './plain-province.js';
import { Province } from './province.entity.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Authorized()
  @Query(() => [Province], { description: 'Provincial-level units in force on a day, ordered by official code.' })
  provinces(
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Province[]> {
    return new GeographyService(em).provinces(asOf ?? undefined);
  }

  @Authorized()
  @Query(() => Province, {
    description:
      'The provincial-level unit that bore an official code on a day. An unknown code is a `NOT_FOUND` error.',
  })
  province(
    @Arg('code', () => String, { description: 'Official two-digit code, such as `79` for Ho Chi Minh City.' })
    code: string,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Province> {
    if (!asOf && plainProvinceCanAnswer(selectionOf(info))) {
      // Today's province, asked only for its columns and fields that need no entity (the
      // director's dashboard): a plain row. In force today, so its fields judge today too.
      return plainProvinceByCode(context.rows, code, asOf ?? undefined) as Promise<Province>;
    }
    return new GeographyService(context.em).provinceByCode(code, asOf ?? undefined);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description:
      'The unit this one became part of when it ended, such as Hồ Chí Minh for Bình Dương on 1 July 2025; null while in force.',
  })
  successor(@Root() province: Province): Promise<Province | null> {
    return loadOptionalReference(province.successor);
  }

  @FieldResolver(() => [Province], {
    description: 'The units that became part of this one, such as Bình Dương and Bà Rịa – Vũng Tàu for Hồ Chí Minh.',
  })
  predecessors(@Root() province: Province, @Ctx() { em }: RequestContext): Promise<Province[]> {
    return new GeographyService(em).predecessorsOfProvince(province);
  }
}
