import type { EntityManager } from '@mikro-orm/core';
import type { AgreementStatus } from '@tripartite/shared';
import { AgreementSignatory } from '../modules/agreements/agreement-signatory.entity.js';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { Province } from '../modules/geography/province.entity.js';
import { Ward } from '../modules/geography/ward.entity.js';
import { Agency } from '../modules/organisations/agency.entity.js';
import { PostOffice } from '../modules/organisations/post-office.entity.js';

/** The last day of the units that ended on 1 July 2025, and the first of those that replaced them. */
export const OLD_UNITS_END = '2025-06-30';
export const NEW_UNITS_START = '2025-07-01';

/**
 * A made-up reorganisation, of the shape of 1 July 2025: old provinces `92` and `93` merged into a
 * new `92` (the code reused), their wards merged into new wards. Made up, never demo data.
 *
 *   old wards (to 30 June 2025)                         new wards (from 1 July 2025)
 *   92001 Phường Cũ A  signed 2022, still SIGNED     ┐
 *   92002 Phường Cũ B  signed 2023, terminated 2024  ┴→ 92101 Phường Mới Một  no agreement
 *   93001 Xã Cũ C      only a draft, never signed     → 92102 Phường Mới Hai   no agreement
 *   93002 Xã Cũ D      dated after it ended (2025-08) ┐
 *   93003 Xã Cũ E      signed 2021 (split in three)   ┴→ 92103 Xã Mới Ba       drafting its own
 *                                                     → 92104 Xã Mới Bốn      signed its own, in effect
 *                                                     → 92105 Xã Mới Năm      signed its own, expired
 *   (none)                                            → 92106 Xã Mới Sáu      no agreement
 */
export async function createMergedUnits(em: EntityManager): Promise<void> {
  const province = (code: string, name: string, validFrom: string, validTo: string | null) =>
    em.create(Province, {
      code,
      name,
      fullName: `Tỉnh ${name}`,
      nameEn: name,
      kind: 'PROVINCE',
      validFrom,
      validTo,
    });
  const old92 = province('92', 'Tỉnh Cũ Một', '2008-08-01', OLD_UNITS_END);
  const old93 = province('93', 'Tỉnh Cũ Hai', '2008-08-01', OLD_UNITS_END);
  const new92 = province('92', 'Tỉnh Mới', NEW_UNITS_START, null);
  old92.successor = new92;
  old93.successor = new92;

  const ward = (code: string, name: string, of: Province, predecessors: Ward[] = []) => {
    const isOld = of.validTo !== null;
    const created = em.create(Ward, {
      code,
      name,
      fullName: name,
      nameEn: code,
      kind: name.startsWith('Xã') ? 'COMMUNE' : 'WARD',
      province: of,
      validFrom: of.validFrom,
      validTo: isOld ? OLD_UNITS_END : null,
    });
    for (const predecessor of predecessors) predecessor.successors.add(created);
    return created;
  };
  const a = ward('92001', 'Phường Cũ A', old92);
  const b = ward('92002', 'Phường Cũ B', old92);
  const c = ward('93001', 'Xã Cũ C', old93);
  const d = ward('93002', 'Xã Cũ D', old93);
  const e = ward('93003', 'Xã Cũ E', old93);
  ward('92101', 'Phường Mới Một', new92, [a, b]);
  ward('92102', 'Phường Mới Hai', new92, [c]);
  const ba = ward('92103', 'Xã Mới Ba', new92, [d, e]);
  const bon = ward('92104', 'Xã Mới Bốn', new92, [e]);
  const nam = ward('92105', 'Xã Mới Năm', new92, [e]);
  ward('92106', 'Xã Mới Sáu', new92);

  const agencyOld = em.create(Agency, {
    code: 'BHXH-92-CU',
    name: 'Bảo hiểm xã hội tỉnh cũ',
    level: 'PROVINCIAL',
    province: old92,
    areaServed: 'Toàn tỉnh cũ',
    validFrom: '2008-08-01',
    validTo: OLD_UNITS_END,
  });
  const postOld = em.create(PostOffice, {
    code: 'BD-92-CU',
    name: 'Bưu điện tỉnh cũ',
    level: 'PROVINCIAL',
    province: old92,
    areaServed: 'Toàn tỉnh cũ',
    validFrom: '2008-08-01',
    validTo: OLD_UNITS_END,
  });
  const agencyNew = em.create(Agency, {
    code: 'BHXH-92',
    name: 'Bảo hiểm xã hội tỉnh mới',
    level: 'PROVINCIAL',
    province: new92,
    areaServed: 'Toàn tỉnh',
    validFrom: NEW_UNITS_START,
  });
  const postNew = em.create(PostOffice, {
    code: 'BD-92',
    name: 'Bưu điện tỉnh mới',
    level: 'PROVINCIAL',
    province: new92,
    areaServed: 'Toàn tỉnh',
    validFrom: NEW_UNITS_START,
  });

  const agreement = (
    of: Ward,
    status: AgreementStatus,
    dates: { signedOn?: string; effectiveFrom?: string; effectiveTo?: string; createdAt: string },
  ) => {
    const old = of.validTo !== null;
    const created = em.create(Agreement, {
      ward: of,
      agency: old ? agencyOld : agencyNew,
      postOffice: old ? postOld : postNew,
      status,
      referenceNumber: dates.signedOn ? `${of.code}/${dates.signedOn.slice(0, 4)}` : null,
      signedOn: dates.signedOn ?? null,
      effectiveFrom: dates.effectiveFrom ?? null,
      effectiveTo: dates.effectiveTo ?? null,
      createdAt: new Date(`${dates.createdAt}T09:00:00+07:00`),
    });
    for (const party of ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'] as const) {
      em.create(AgreementSignatory, {
        agreement: created,
        party,
        name: `Người ký ${of.code} ${party}`,
        title: 'Chủ tịch',
        signedOn: dates.signedOn ?? null,
      });
    }
    return created;
  };
  agreement(a, 'SIGNED', { signedOn: '2022-01-10', effectiveFrom: '2022-02-01', createdAt: '2022-01-05' });
  agreement(b, 'TERMINATED', {
    signedOn: '2023-03-01',
    effectiveFrom: '2023-03-01',
    effectiveTo: '2024-05-31',
    createdAt: '2023-02-01',
  });
  agreement(c, 'DRAFTING', { createdAt: '2025-05-01' });
  agreement(d, 'SIGNED', { signedOn: '2025-08-01', effectiveFrom: '2025-08-01', createdAt: '2025-08-01' });
  agreement(e, 'SIGNED', { signedOn: '2021-06-15', effectiveFrom: '2021-07-01', createdAt: '2021-06-01' });
  agreement(ba, 'DRAFTING', { createdAt: '2025-10-01' });
  agreement(bon, 'SIGNED', { signedOn: '2025-09-01', effectiveFrom: '2025-09-01', createdAt: '2025-08-20' });
  agreement(nam, 'EXPIRED', {
    signedOn: '2025-08-01',
    effectiveFrom: '2025-08-01',
    effectiveTo: '2025-12-31',
    createdAt: '2025-07-20',
  });
  await em.flush();
}

/**
 * A new province of `wardCount` wards, each merged from two old wards (of two old provinces)
 * that had both signed: every third new ward drafts its own agreement, the rest need re-signing.
 * For counting SQL statements at scale.
 */
export async function createMergedProvinceAtScale(
  em: EntityManager,
  codes: { current: string; old: [string, string] },
  wardCount: number,
): Promise<void> {
  const current = em.create(Province, {
    code: codes.current,
    name: `Tỉnh gộp ${codes.current}`,
    fullName: `Tỉnh gộp ${codes.current}`,
    nameEn: codes.current,
    kind: 'PROVINCE',
    validFrom: NEW_UNITS_START,
  });
  const olds = codes.old.map((code) =>
    em.create(Province, {
      code,
      name: `Tỉnh cũ ${code}`,
      fullName: `Tỉnh cũ ${code}`,
      nameEn: code,
      kind: 'PROVINCE',
      validFrom: '2008-08-01',
      validTo: OLD_UNITS_END,
      successor: current,
    }),
  );
  const organisation = { level: 'PROVINCIAL' as const, areaServed: 'Toàn tỉnh', validFrom: '2008-08-01' };
  const agency = em.create(Agency, { ...organisation, code: `BHXH-${codes.current}`, name: 'BHXH', province: current });
  const postOffice = em.create(PostOffice, {
    ...organisation,
    code: `BD-${codes.current}`,
    name: 'BĐ',
    province: current,
  });
  for (let i = 0; i < wardCount; i++) {
    const suffix = String(i).padStart(3, '0');
    const merged = em.create(Ward, {
      code: `${codes.current}${suffix}`,
      name: `Xã gộp ${i}`,
      fullName: `Xã gộp ${i}`,
      nameEn: suffix,
      kind: 'COMMUNE',
      province: current,
      validFrom: NEW_UNITS_START,
    });
    for (const old of olds) {
      const predecessor = em.create(Ward, {
        code: `${old.code}${suffix}`,
        name: `Xã cũ ${old.code} ${i}`,
        fullName: `Xã cũ ${old.code} ${i}`,
        nameEn: suffix,
        kind: 'COMMUNE',
        province: old,
        validFrom: '2008-08-01',
        validTo: OLD_UNITS_END,
      });
      predecessor.successors.add(merged);
      const signed = em.create(Agreement, {
        ward: predecessor,
        agency,
        postOffice,
        status: 'SIGNED',
        signedOn: '2022-01-10',
        effectiveFrom: '2022-02-01',
      });
      em.create(AgreementSignatory, {
        agreement: signed,
        party: 'PEOPLES_COMMITTEE',
        name: `Người ký ${i}`,
        title: 'Chủ tịch',
      });
    }
    if (i % 3 === 0) em.create(Agreement, { ward: merged, agency, postOffice, status: 'DRAFTING' });
  }
  await em.flush();
}
