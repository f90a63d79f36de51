import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { ForbiddenError } from '../../errors.js';
import { Province } from '../geography/province.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { ServiceUnitsService } from '../organisations/service-units.service.js';
import type { Viewer } from './viewer.js';

/** An agreement as the scope judges it: by its ward's province and its post office. */
type ScopedAgreement = { ward: Ward; postOffice: PostOffice };

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

  /** Whether a director or admin may manage the figures, targets and agreements of each province. */
  async managesProvinces(provinceIds: readonly string[]): Promise<boolean[]> {
    const managed = await this.managedProvinceIds();
    return provinceIds.map((id) => managed === null || managed.has(id));
  }

  /** A director or admin may manage the figures and agreements of this province. */
  async assertManagesProvince(province: Province, what: string): Promise<void> {
    const [manages] = await this.managesProvinces([province.id]);
    if (manages) return;
    throw new ForbiddenError(
      this.viewer.role === 'DIRECTOR'
        ? `${what} of ${province.name} is outside your agency’s province.`
        : `Your role (${this.viewer.role}) cannot change ${what}.`,
    );
  }

  /**
   * Whether agreements may be started for each ward: its province's director, or a coordinator
   * of the post office serving it today. For any number of wards: one look-up of the serving
   * post offices (coordinators), none beyond the scope itself (directors, admins).
   */
  async mayStartAgreementsFor(wards: readonly Ward[]): Promise<boolean[]> {
    if (this.viewer.role !== 'COORDINATOR') return this.managesProvinces(wards.map((ward) => ward.province.id));
    const coordinated = await this.coordinatedPostOfficeIds();
    if (coordinated.size === 0) return wards.map(() => false);
    const serving = await new ServiceUnitsService(this.em).servingPostOffices(wards, todayInVietnam());
    return serving.map((office) => office !== null && coordinated.has(office.id));
  }

  /** May start an agreement for this ward: its province's director, or its post office's coordinator. */
  async assertMayStartAgreementFor(ward: Ward): Promise<void> {
    const [may] = await this.mayStartAgreementsFor([ward]);
    if (may) return;
    if (this.viewer.role === 'COORDINATOR') {
      throw new ForbiddenError(`${ward.name} (${ward.code}) is not served by your post office.`);
    }
    await this.assertManagesProvince(ward.province, `Agreements`);
  }

  /**
   * Whether each agreement may be changed: its province's director, or a coordinator of its post
   * office (or of a unit above it). For any number of agreements: at most one look-up of their
   * wards' provinces (directors, when the wards are not loaded).
   */
  async mayChangeAgreements(agreements: readonly ScopedAgreement[]): Promise<boolean[]> {
    if (this.viewer.role === 'COORDINATOR') {
      const coordinated = await this.coordinatedPostOfficeIds();
      return agreements.map((agreement) => coordinated.has(agreement.postOffice.id));
    }
    const managed = await this.managedProvinceIds();
    if (managed === null || managed.size === 0) return agreements.map(() => managed === null);
    const provinceIds = await this.provinceIdsOf(agreements.map((agreement) => agreement.ward));
    return provinceIds.map((id) => managed.has(id));
  }

  /** May change this agreement: its province's director, or a coordinator of its post office. */
  async assertMayChangeAgreement(agreement: { ward: Ward; postOffice: PostOffice }): Promise<void> {
    const [may] = await this.mayChangeAgreements([agreement]);
    if (may) return;
    if (this.viewer.role === 'COORDINATOR') {
      throw new ForbiddenError('This agreement belongs to another post office; you can change only your own.');
    }
    await this.assertManagesProvince(agreement.ward.province, 'Agreements');
  }

  /** Each ward's province: from the ward when it is loaded, else in one query for all of them. */
  private async provinceIdsOf(wards: readonly Ward[]): Promise<string[]> {
    const unloaded = wards.filter((ward) => !wrap(ward).isInitialized()).map((ward) => ward.id);
    const rows =
      unloaded.length === 0
        ? []
        : await this.em
            .createQueryBuilder(Ward)
            .select(['id', 'province'])
            .where({ id: { $in: unloaded } })
            .execute<{ id: string; province: string }[]>('all');
    const provinceOf = new Map(rows.map((row) => [row.id, row.province]));
    return wards.map((ward) => (wrap(ward).isInitialized() ? ward.province.id : provinceOf.get(ward.id)!));
  }

  /** The post offices a coordinator acts for: theirs and every unit under it. */
  coordinatedPostOffices(): Promise<Set<string>> {
    return this.coordinatedPostOfficeIds();
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
