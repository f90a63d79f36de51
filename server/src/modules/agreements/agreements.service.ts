import { Cursor, type FilterQuery } from '@mikro-orm/core';
import { assertPageArguments, connectionOf, MAX_PAGE_SIZE } from '../../db/cursor-page.js';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { NotFoundError } from '../../errors.js';
import { assertId } from '../../validation.js';
import { GeographyService } from '../geography/geography.service.js';
import { groupInKeyOrder } from '../../db/group-in-key-order.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { Agreement } from './agreement.entity.js';
import type { AgreementFilter } from './agreements.inputs.js';

export { MAX_PAGE_SIZE };

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
  async signatoriesOf(agreementIds: readonly string[]): Promise<AgreementSignatory[][]> {
    const signatories = await this.em.find(AgreementSignatory, { agreement: { $in: [...agreementIds] } });
    return groupInKeyOrder(agreementIds, signatories, (signatory) => signatory.agreement.id);
  }

  /** The status changes of each agreement, oldest first, in the order of `agreementIds` (as above). */
  async historiesOf(agreementIds: readonly string[]): Promise<AgreementStatusChange[][]> {
    const changes = await this.em.find(
      AgreementStatusChange,
      { agreement: { $in: [...agreementIds] } },
      { orderBy: { sequence: 'asc' } },
    );
    return groupInKeyOrder(agreementIds, changes, (change) => change.agreement.id);
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
