import type { EntityManager } from '@mikro-orm/sql';
import type { Scheme } from '@tripartite/shared';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { loadReference } from '../../db/load-reference.js';
import { isValidOn } from '../../db/validity.js';
import { NotFoundError } from '../../errors.js';
import { assertId } from '../../validation.js';
import type { Province } from '../geography/province.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { addableKey } from '../participation/participation-sums.js';
import { Campaign } from '../participation/campaign.entity.js';
import type { CampaignResultByCurrentProvince } from './campaign-results.type.js';

/** Campaigns and the figures recorded for them, as published and regrouped under today's units. */
export class CampaignsService {
  constructor(private readonly em: EntityManager) {}

  campaigns(): Promise<Campaign[]> {
    return this.em.find(Campaign, {}, { orderBy: { startsOn: 'desc' } });
  }

  async byId(id: string): Promise<Campaign> {
    assertId(id, 'id');
    const campaign = await this.em.findOne(Campaign, { id });
    if (!campaign) throw new NotFoundError(`No campaign has id "${id}"`);
    return campaign;
  }

  /**
   * Figures recorded per province for each campaign, largest first: the batch function behind a
   * DataLoader, one query for any number of campaigns.
   */
  async provinceResultsOf(
    campaignIds: readonly string[],
    scheme: Scheme | undefined,
  ): Promise<ParticipationFigure[][]> {
    const figures = await this.em.find(
      ParticipationFigure,
      { campaign: { $in: [...campaignIds] }, province: { $ne: null }, ...(scheme ? { scheme } : {}) },
      { orderBy: { scheme: 'asc', participants: 'desc', id: 'asc' }, populate: ['province', 'source'] },
    );
    return groupInKeyOrder(campaignIds, figures, (figure) => figure.campaign!.id);
  }

  /** Country-wide totals as each source published them, per campaign: sources disagree, so all are listed. */
  async reportedTotalsOf(campaignIds: readonly string[], scheme: Scheme | undefined): Promise<ParticipationFigure[][]> {
    const figures = await this.em.find(
      ParticipationFigure,
      { campaign: { $in: [...campaignIds] }, province: null, ward: null, ...(scheme ? { scheme } : {}) },
      { orderBy: { scheme: 'asc', participants: 'asc', id: 'asc' }, populate: ['source'] },
    );
    return groupInKeyOrder(campaignIds, figures, (figure) => figure.campaign!.id);
  }

  /**
   * Each campaign's province figures summed under the unit each province belongs to on `day`,
   * following successor links (Bình Dương 2020 → Hồ Chí Minh since 1 July 2025). Only figures
   * that can be added are added: same scheme, same measure, same source. Figures whose unit has no
   * successor in force on the day are grouped under no province rather than dropped. Largest first.
   */
  async resultsByCurrentProvinceOf(
    campaignIds: readonly string[],
    scheme: Scheme | undefined,
    day: string,
  ): Promise<CampaignResultByCurrentProvince[][]> {
    const figuresPerCampaign = await this.provinceResultsOf(campaignIds, scheme);
    const allFigures = figuresPerCampaign.flat();
    const currentUnits = await unitsOn(
      allFigures.map((figure) => figure.province!),
      day,
    );
    const currentOf = new Map(allFigures.map((figure, index) => [figure, currentUnits[index] ?? null]));
    return figuresPerCampaign.map((figures) => {
      const groups = new Map<string, CampaignResultByCurrentProvince>();
      for (const figure of figures) {
        const current = currentOf.get(figure) ?? null;
        const key = [current?.id, addableKey(figure)].join('|');
        const group = groups.get(key) ?? {
          province: current,
          scheme: figure.scheme,
          measure: figure.measure,
          source: figure.source,
          participants: 0,
          figures: [],
        };
        group.participants += figure.participants;
        group.figures.push(figure);
        groups.set(key, group);
      }
      return [...groups.values()].sort((a, b) => a.scheme.localeCompare(b.scheme) || b.participants - a.participants);
    });
  }
}

/**
 * Follows successor links until the unit in force on `day`, for many units at once: each hop
 * loads every successor it needs in one batched query. Null where no unit is in force.
 */
async function unitsOn(provinces: readonly Province[], day: string): Promise<(Province | null)[]> {
  let units: (Province | null)[] = await Promise.all(provinces.map((province) => loadReference(province)));
  for (let hop = 0; hop < 5 && units.some((unit) => unit && !isValidOn(unit, day)); hop++) {
    units = await Promise.all(
      units.map((unit) =>
        !unit || isValidOn(unit, day) ? unit : unit.successor ? loadReference(unit.successor) : null,
      ),
    );
  }
  return units.map((unit) => (unit && isValidOn(unit, day) ? unit : null));
}
