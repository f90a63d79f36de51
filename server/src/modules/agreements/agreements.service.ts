import { Cursor, raw, type FilterQuery } from '@mikro-orm/core';
import { assertPageArguments, connectionOf, MAX_PAGE_SIZE } from '../../db/cursor-page.js';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam, type AgreementParty, type AgreementStatus } from '@tripartite/shared';
import { NotFoundError } from '../../errors.js';
import { assertId } from '../../validation.js';
import { GeographyService } from '../geography/geography.service.js';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { Agreement } from './agreement.entity.js';
import type { AgreementFilter } from './agreements.inputs.js';

export { MAX_PAGE_SIZE };

/** A signatory as the API shows it: read as a plain row, shaped like the entity's fields. */
export type SignatoryRow = Pick<AgreementSignatory, 'party' | 'name' | 'title' | 'signedOn'>;
/** A status change as the API shows it, likewise. */
export type StatusChangeRow = Pick<
  AgreementStatusChange,
  'sequence' | 'fromStatus' | 'toStatus' | 'changedAt' | 'changedBy' | 'note'
>;

/** Reads agreements: one by id, or pages of them with MikroORM's cursor pagination. */
export class AgreementsService {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<Agreement> {
    assertId(id, 'id');
    const agreement = await this.em.findOne(Agreement, { id });
    if (!agreement) throw new NotFoundError(`No agreement has id "${id}"`);
    return agreement;
  }

  async page(filter: AgreementFilter, first: number, after: string | null) {
    assertPageArguments(first, after);
    const orderBy = { createdAt: 'desc', id: 'desc' } as const;
    const page = await this.em.findByCursor(Agreement, {
      where: await this.whereOf(filter),
      first,
      ...(after !== null ? { after } : {}),
      orderBy,
      includeCount: true,
    });
    const meta = this.em.getMetadata().get(Agreement);
    return connectionOf(page, (agreement) =>
      Cursor.for(meta, { createdAt: agreement.createdAt, id: agreement.id }, orderBy),
    );
  }

  /**
   * The signatories of each agreement, in the order of `agreementIds`: the batch function behind
   * a DataLoader. One query, grouped in one pass; MikroORM's own collection dataloader matches
   * every collection against every row, which costs seconds for the 3,800 agreements of a
   * 10,000-ward province.
   */
  async signatoriesOf(agreementIds: readonly string[]): Promise<SignatoryRow[][]> {
    // Plain rows, not entities: nothing here is changed, and hydrating each signatory (identity
    // map, change-set snapshot) was a fifth of the headline query's ORM time in the profile.
    const rows: {
      agreement_id: string;
      party: AgreementParty;
      name: string;
      title: string;
      signed_on: string | null;
    }[] = await this.em
      .createQueryBuilder(AgreementSignatory, 's')
      .select(['s.party', 's.name', 's.title'])
      .addSelect(raw('cast(s.signed_on as text) as signed_on'))
      .addSelect(raw('s.agreement_id as agreement_id'))
      .where({ agreement: { $in: [...agreementIds] } })
      .execute('all', false);
    const signatories = rows.map((row) => ({
      agreementId: row.agreement_id,
      party: row.party,
      name: row.name,
      title: row.title,
      signedOn: row.signed_on,
    }));
    return groupInKeyOrder(agreementIds, signatories, (signatory) => signatory.agreementId);
  }

  /** The status changes of each agreement, oldest first, in the order of `agreementIds` (as above). */
  async historiesOf(agreementIds: readonly string[]): Promise<StatusChangeRow[][]> {
    const rows: {
      agreement_id: string;
      sequence: number | string;
      from_status: AgreementStatus | null;
      to_status: AgreementStatus;
      changed_at: string | number | Date;
      changed_by: string;
      note: string | null;
    }[] = await this.em
      .createQueryBuilder(AgreementStatusChange, 'c')
      .select(['c.sequence', 'c.fromStatus', 'c.toStatus', 'c.changedAt', 'c.changedBy', 'c.note'])
      .addSelect(raw('c.agreement_id as agreement_id'))
      .where({ agreement: { $in: [...agreementIds] } })
      .orderBy({ sequence: 'asc' })
      .execute('all', false);
    const changes = rows.map((row) => ({
      agreementId: row.agreement_id,
      sequence: Number(row.sequence),
      fromStatus: row.from_status,
      toStatus: row.to_status,
      changedAt: new Date(row.changed_at),
      changedBy: row.changed_by,
      note: row.note,
    }));
    return groupInKeyOrder(agreementIds, changes, (change) => change.agreementId);
  }

  private async whereOf(filter: AgreementFilter): Promise<FilterQuery<Agreement>> {
    const where: FilterQuery<Agreement> & Record<string, unknown> = {};
    if (filter.provinceCode != null) {
      const province = await new GeographyService(this.em).provinceByCode(
        filter.provinceCode,
        todayInVietnam(),
        'filter.provinceCode',
      );
      where['ward'] = { province: province.id };
    }
    if (filter.statuses != null) where['status'] = { $in: filter.statuses };
    if (filter.agencyId != null) {
      assertId(filter.agencyId, 'filter.agencyId');
      where['agency'] = filter.agencyId;
    }
    if (filter.postOfficeId != null) {
      assertId(filter.postOfficeId, 'filter.postOfficeId');
      where['postOffice'] = filter.postOfficeId;
    }
    return where;
  }
}
