import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import type { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { AccessScope } from '../access/access-scope.js';
import { appendAuditRecord, type Actor } from '../audit/audit-trail.js';
import { GeographyService } from '../geography/geography.service.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import type { recordParticipationFigureRules } from '@tripartite/shared/write-rules';
import { findOrCreatePublication, snapshotPublication } from './publications.js';

type FigureInput = z.output<typeof recordParticipationFigureRules>;

/**
 * Records participation figures: directors for their province and its wards, admins anywhere.
 * Figures are appended, never changed, so two people recording at once cannot overwrite each
 * other: both figures are kept, and the later-recorded one counts.
 */
export class ParticipationWritesService {
  constructor(private readonly em: EntityManager) {}

  async record(actor: Actor, input: FigureInput): Promise<ParticipationFigure> {
    const today = todayInVietnam();
    if (input.periodEnd > today) {
      throw new InvalidInputError(
        'input.periodEnd',
        `input.periodEnd: ${input.periodEnd} is in the future (today is ${today})`,
      );
    }
    return this.em.transactional(async (em) => {
      const { province, ward } = await new GeographyService(em).unitByCode(input, input.periodEnd);
      await new AccessScope(em, actor.viewer).assertManagesProvince(province, 'Participation figures');
      const source = await findOrCreatePublication(em, input.source);
      const figure = em.create(ParticipationFigure, {
        province: ward ? null : province,
        ward,
        scheme: input.scheme,
        measure: input.measure,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        participants: input.participants,
        source,
        note: input.note ?? null,
      });
      appendAuditRecord(em, actor, {
        action: 'participationFigure.record',
        entityType: 'ParticipationFigure',
        entityId: figure.id,
        province,
        before: null,
        after: {
          id: figure.id,
          provinceId: figure.province?.id ?? null,
          wardId: ward?.id ?? null,
          scheme: figure.scheme,
          measure: figure.measure,
          periodStart: figure.periodStart,
          periodEnd: figure.periodEnd,
          participants: figure.participants,
          source: snapshotPublication(source),
          note: figure.note,
        },
      });
      return figure;
    });
  }
}
