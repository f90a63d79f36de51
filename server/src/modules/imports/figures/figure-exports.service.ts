import type { EntityManager } from '@mikro-orm/sql';
import { OPEN_AGREEMENT_STATUSES, todayInVietnam } from '@tripartite/shared';
import { assertYear } from '../../../validation.js';
import { Agreement } from '../../agreements/agreement.entity.js';
import { GeographyService } from '../../geography/geography.service.js';
import { Province } from '../../geography/province.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import { AGREEMENT_COLUMNS } from './agreement-columns.js';
import { csvText } from '../files/write-csv.js';
import { readOnlyFork } from './read-only-fork.js';
import { PARTICIPATION_COLUMNS } from './participation-columns.js';

/** A province of today and every province merged into it, transitively (Bình Dương into 79). */
async function provinceAndPredecessors(em: EntityManager, code: string): Promise<Province[]> {
  const province = await new GeographyService(em).provinceByCode(code, todayInVietnam(), 'provinceCode');
  const all = [province];
  let frontier = [province.id];
  while (frontier.length > 0) {
    const predecessors = await em.find(Province, { successor: { $in: frontier } });
    all.push(...predecessors);
    frontier = predecessors.map((predecessor) => predecessor.id);
  }
  return all;
}

/**
 * Writes figures and agreements back out in the import templates' shapes, so that an export,
 * imported again, changes nothing: only the figure that counts for each unit and period, and
 * for each ward the agreement an import would act on.
 */
export class FigureExportsService {
  private readonly em: EntityManager;

  constructor(em: EntityManager) {
    this.em = readOnlyFork(em);
  }

  async participationFigures(provinceCode: string, year?: number | null): Promise<string> {
    if (year !== undefined && year !== null) assertYear(year);
    const provinces = await provinceAndPredecessors(this.em, provinceCode);
    const ids = provinces.map((province) => province.id);
    const figures = await this.em.find(
      ParticipationFigure,
      {
        $or: [{ province: { $in: ids } }, { ward: { province: { $in: ids } } }],
        ...(year ? { periodEnd: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {}),
      },
      { populate: ['province', 'ward.province', 'source'], orderBy: { periodEnd: 'asc', recordedAt: 'asc' } },
    );
    // Of two figures for the same unit and period, the later-recorded one counts: keep that one.
    const counting = new Map<string, ParticipationFigure>();
    for (const figure of figures) {
      const unit = figure.ward?.id ?? figure.province?.id;
      counting.set([unit, figure.scheme, figure.measure, figure.periodStart, figure.periodEnd].join('|'), figure);
    }
    const rows = [...counting.values()].map((figure) => ({
      province_code: (figure.ward?.province ?? figure.province)!.code,
      ward_code: figure.ward?.code ?? '',
      scheme: figure.scheme,
      measure: figure.measure,
      period_start: figure.periodStart,
      period_end: figure.periodEnd,
      participants: figure.participants,
      source_title: figure.source.title,
      source_publisher: figure.source.publisher,
      source_published_on: figure.source.publishedOn,
      source_url: figure.source.url,
      listed_at_least: null,
      note: figure.note,
    }));
    return csvText(PARTICIPATION_COLUMNS, rows);
  }

  async agreementStatuses(provinceCode: string): Promise<string> {
    const provinces = await provinceAndPredecessors(this.em, provinceCode);
    const agreements = await this.em.find(
      Agreement,
      { ward: { province: { $in: provinces.map((province) => province.id) } } },
      { populate: ['ward', 'agency', 'postOffice'], orderBy: { ward: { code: 'asc' }, createdAt: 'asc' } },
    );
    // The agreement an import acts on: the one under way, else the ward's latest.
    const current = new Map<string, Agreement>();
    for (const agreement of agreements) {
      const kept = current.get(agreement.ward.id);
      if (kept && OPEN_AGREEMENT_STATUSES.includes(kept.status)) continue;
      current.set(agreement.ward.id, agreement);
    }
    const today = todayInVietnam();
    const rows = [...current.values()].map((agreement) => ({
      ward_code: agreement.ward.code,
      // A ward that has ended is found by its code on its last day (codes were reused in 2025).
      as_of: agreement.ward.validTo !== null && agreement.ward.validTo < today ? agreement.ward.validTo : null,
      status: agreement.status,
      effective_from: agreement.effectiveFrom,
      effective_to: agreement.effectiveTo,
      signed_on: agreement.signedOn,
      reference_number: agreement.referenceNumber,
      agency_code: agreement.agency.code,
      post_office_code: agreement.postOffice.code,
      version: agreement.version,
      note: null,
    }));
    return csvText(AGREEMENT_COLUMNS, rows);
  }
}
