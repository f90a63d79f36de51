import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { loadReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { AS_OF_DESCRIPTION } from './as-of.args.js';
import { GeographyService } from './geography.service.js';
import { Province } from './province.entity.js';
import { Ward } from './ward.entity.js';
import { predecessorsOfWardLoader } from './ward-lineage.js';

@Resolver(() => Ward)
export class WardResolver {
  @Authorized()
  @Query(() => Ward, {
    description:
      'The ward, commune or special zone that bore an official code on a day. An unknown code is `NOT_FOUND`.',
  })
  ward(
    @Arg('code', () => String, { description: 'Official five-digit code, such as `26743` for Bến Thành.' })
    code: string,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Ward> {
    return new GeographyService(em).wardByCode(code, asOf ?? undefined);
  }

  @FieldResolver(() => Province, { description: 'The provincial-level unit this ward belongs to.' })
  province(@Root() ward: Ward): Promise<Province> {
    return loadReference(ward.province);
  }

  @FieldResolver(() => [Ward], {
    description: 'The units this one was merged into when it ended (1 July 2025 for most); empty while in force.',
  })
  successors(@Root() ward: Ward, @Ctx() { em }: RequestContext): Promise<Ward[]> {
    return new GeographyService(em).successorsOfWard(ward);
  }

  @FieldResolver(() => [Ward], { description: 'The units merged into this one; empty when none are recorded.' })
  predecessors(@Root() ward: Ward, @Ctx() context: RequestContext): Promise<Ward[]> {
    return predecessorsOfWardLoader(context).load(ward.id);
  }
}
