import { todayInVietnam, type Scheme } from '@tripartite/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadOptionalReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { SchemeEnum } from '../participation/scheme-enums.js';
import { Campaign } from '../participation/campaign.entity.js';
import { CampaignResultByCurrentProvince } from './campaign-results.type.js';
import { CampaignsService } from './campaigns.service.js';

const SCHEME_ARG = { nullable: true, description: 'Only this scheme; both without it.' } as const;

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized()
  @Query(() => [Campaign], {
    description: 'Enrolment campaigns, latest first; not paged, since there are a few a year.',
  })
  campaigns(@Ctx() { em }: RequestContext): Promise<Campaign[]> {
    return new CampaignsService(em).campaigns();
  }

  @Authorized()
  @Query(() => Campaign, { description: 'One campaign by its identifier. An unknown id is `NOT_FOUND`.' })
  campaign(
    @Arg('id', () => ID, { description: 'The campaign’s identifier.' }) id: string,
    @Ctx() { em }: RequestContext,
  ): Promise<Campaign> {
    return new CampaignsService(em).byId(id);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The unit of a provincial campaign; null when national.',
  })
  province(@Root() campaign: Campaign): Promise<Province | null> {
    return loadOptionalReference(campaign.province);
  }

  @FieldResolver(() => [ParticipationFigure], {
    description:
      'Figures recorded per province, on the units of the campaign’s time (2020 provinces keep their 2020 codes), largest first.',
  })
  results(
    @Root() campaign: Campaign,
    @Arg('scheme', () => SchemeEnum, SCHEME_ARG) scheme: Scheme | null | undefined,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<ParticipationFigure[]> {
    return loaders
      .get<string, ParticipationFigure[]>(`campaignResults:${scheme ?? 'all'}`, (ids) =>
        new CampaignsService(em).provinceResultsOf(ids, scheme ?? undefined),
      )
      .load(campaign.id);
  }

  @FieldResolver(() => [ParticipationFigure], {
    description:
      'Country-wide totals as published, one per source: sources disagree (30,269 or 30,369 voluntary participants for July 2020), so each value comes with its source.',
  })
  reportedTotals(
    @Root() campaign: Campaign,
    @Arg('scheme', () => SchemeEnum, SCHEME_ARG) scheme: Scheme | null | undefined,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<ParticipationFigure[]> {
    return loaders
      .get<string, ParticipationFigure[]>(`campaignTotals:${scheme ?? 'all'}`, (ids) =>
        new CampaignsService(em).reportedTotalsOf(ids, scheme ?? undefined),
      )
      .load(campaign.id);
  }

  @FieldResolver(() => [CampaignResultByCurrentProvince], {
    description: 'The province figures summed under the units in force on a day, following the 2025 merges.',
  })
  resultsByCurrentProvince(
    @Root() campaign: Campaign,
    @Arg('scheme', () => SchemeEnum, SCHEME_ARG) scheme: Scheme | null | undefined,
    @Arg('asOf', () => CalendarDateScalar, {
      nullable: true,
      description: 'The day whose units to regroup under, `YYYY-MM-DD`; today in Vietnam without it.',
    })
    asOf: string | null | undefined,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<CampaignResultByCurrentProvince[]> {
    const day = asOf ?? todayInVietnam();
    return loaders
      .get<string, CampaignResultByCurrentProvince[]>(`campaignRegrouped:${scheme ?? 'all'}:${day}`, (ids) =>
        new CampaignsService(em).resultsByCurrentProvinceOf(ids, scheme ?? undefined, day),
      )
      .load(campaign.id);
  }
}
