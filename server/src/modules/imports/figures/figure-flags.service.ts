import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { AccessScope } from '../../access/access-scope.js';
import type { Viewer } from '../../access/viewer.js';
import { GeographyService } from '../../geography/geography.service.js';
import { Province } from '../../geography/province.entity.js';
import { ParticipationFigureFlag } from './participation-figure-flag.entity.js';

/** Flags raised on imported figures, for the directors who check them. */
export class FigureFlagsService {
  constructor(private readonly em: EntityManager) {}

  /** A province's flags, newest first, including those of the provinces merged into it. */
  async ofProvince(viewer: Viewer, provinceCode: string): Promise<ParticipationFigureFlag[]> {
    const province = await new GeographyService(this.em).provinceByCode(provinceCode, todayInVietnam(), 'provinceCode');
    await new AccessScope(this.em, viewer).assertManagesProvince(province, 'Flagged figures');
    const ids = [province.id];
    let frontier = [province.id];
    while (frontier.length > 0) {
      const predecessors = await this.em.find(Province, { successor: { $in: frontier } }, { fields: ['id'] });
      frontier = predecessors.map((predecessor) => predecessor.id);
      ids.push(...frontier);
    }
    return this.em.find(
      ParticipationFigureFlag,
      { province: { $in: ids } },
      { populate: ['figure'], orderBy: { raisedAt: 'desc', importedFrom: 'asc' }, limit: 1000 },
    );
  }
}
