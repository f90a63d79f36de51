import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { ForbiddenError } from '../../errors.js';
import { Province } from '../geography/province.entity.js';
import type { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { ServiceUnitsService } from '../organisations/service-units.service.js';
import type { Viewer } from './viewer.js';

/**
 * Which rows a signed-in person may write, beyond what their role allows in general:
 * - a director: anything of the agency's province, including the old provinces merged into it
 *   (Bình Dương's 2024 targets belong to today's Hồ Chí Minh City director);
 * - a coordinator: wards served by the post office (or a unit under it), and only agreements
 *   that post office is a party to, whatever ids they guess;
 * - an admin: everything; a viewer: nothing.
 */
export class AccessScope {
  private provinceIds?: Promise<Set<string>>;
  private postOfficeIds?: Promise<Set<string>>;

  constructor(
    private readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  /** Provinces a director manages: the agency's and every predecessor, transitively. Null: all. */
  managedProvinceIds(): Promise<Set<string> | null> {
    if (this.viewer.role === 'ADMIN') return Promise.resolve(null);
    if (this.viewer.role !== 'DIRECTOR' || !this.viewer.agencyId) return Promise.resolve(new Set());
    this.provinceIds ??= this.loadProvinceIds(this.viewer.agencyId);
    return this.provinceIds;
  }

  /** A director or admin may manage the figures and agreements of this province. */
  async assertManagesProvince(province: Province, what: string): Promise<void> {
    const managed = await this.managedProvinceIds();
    if (managed === null || managed.has(province.id)) return;
    throw new ForbiddenError(
      this.viewer.role === 'DIRECTOR'
        ? `${what} of ${province.name} is outside your agency’s province.`
        : `Your role (${this.viewer.role}) cannot change ${what}.`,
    );
  }

  /** May start an agreement for this ward: its province's director, or its post office's coordinator. */
  async assertMayStartAgreementFor(ward: Ward): Promise<void> {
    if (this.viewer.role === 'COORDINATOR') {
      const [serving] = await new ServiceUnitsService(this.em).servingPostOffices([ward], todayInVietnam());
      if (serving && (await this.coordinatedPostOfficeIds()).has(serving.id)) return;
      throw new ForbiddenError(`${ward.name} (${ward.code}) is not served by your post office.`);
    }
    await this.assertManagesProvince(ward.province, `Agreements`);
  }

  /** May change this agreement: its province's director, or a coordinator of its post office. */
  async assertMayChangeAgreement(agreement: { ward: Ward; postOffice: PostOffice }): Promise<void> {
    if (this.viewer.role === 'COORDINATOR') {
      if ((await this.coordinatedPostOfficeIds()).has(agreement.postOffice.id)) return;
      throw new ForbiddenError('This agreement belongs to another post office; you can change only your own.');
    }
    await this.assertManagesProvince(agreement.ward.province, 'Agreements');
  }

  /** The coordinator's post office and every unit under it (a provincial office oversees its branches). */
  private coordinatedPostOfficeIds(): Promise<Set<string>> {
    this.postOfficeIds ??= this.loadPostOfficeIds(this.viewer.postOfficeId);
    return this.postOfficeIds;
  }

  private async loadPostOfficeIds(root: string | null): Promise<Set<string>> {
    const ids = new Set<string>(root ? [root] : []);
    let frontier = [...ids];
    while (frontier.length > 0) {
      const children = await this.postOfficesUnder(frontier);
      frontier = children.filter((id) => !ids.has(id));
      frontier.forEach((id) => ids.add(id));
    }
    return ids;
  }

  private async loadProvinceIds(agencyId: string): Promise<Set<string>> {
    const [agency] = await this.em
      .createQueryBuilder(Agency)
      .select(['province'])
      .where({ id: agencyId })
      .execute<{ province: string | null }[]>('all');
    const ids = new Set<string>(agency?.province ? [agency.province] : []);
    let frontier = [...ids];
    while (frontier.length > 0) {
      const predecessors = await this.provincesMergedInto(frontier);
      frontier = predecessors.filter((id) => !ids.has(id));
      frontier.forEach((id) => ids.add(id));
    }
    return ids;
  }

  /**
   * Ids only, as plain rows: `find` with partial `fields` would put half-loaded entities into
   * the request's identity map, and the resolvers answering the same request would then read
   * their missing fields (an agency's name) as null.
   */
  private async postOfficesUnder(parents: string[]): Promise<string[]> {
    const rows = await this.em
      .createQueryBuilder(PostOffice)
      .select(['id'])
      .where({ parent: { $in: parents } })
      .execute<{ id: string }[]>('all');
    return rows.map((row) => row.id);
  }

  private async provincesMergedInto(successors: string[]): Promise<string[]> {
    const rows = await this.em
      .createQueryBuilder(Province)
      .select(['id'])
      .where({ successor: { $in: successors } })
      .execute<{ id: string }[]>('all');
    return rows.map((row) => row.id);
  }
}
