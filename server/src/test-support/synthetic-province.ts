import type { EntityManager } from '@mikro-orm/core';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@tripartite/shared';
import { AgreementSignatory } from '../modules/agreements/agreement-signatory.entity.js';
import { AgreementStatusChange } from '../modules/agreements/agreement-status-change.entity.js';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { Province } from '../modules/geography/province.entity.js';
import { Ward } from '../modules/geography/ward.entity.js';
import { Agency } from '../modules/organisations/agency.entity.js';
import { PostOffice } from '../modules/organisations/post-office.entity.js';
import { ParticipationFigure } from '../modules/participation/participation-figure.entity.js';
import { Publication } from '../modules/participation/publication.entity.js';
import { Target } from '../modules/targets/target.entity.js';

const PATH_TO: Record<AgreementStatus, AgreementStatus[]> = {
  DRAFTING: ['DRAFTING'],
  AWAITING_SIGNATURES: ['DRAFTING', 'AWAITING_SIGNATURES'],
  SIGNED: ['DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED'],
  TERMINATED: ['DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'TERMINATED'],
  EXPIRED: ['DRAFTING', 'AWAITING_SIGNATURES', 'SIGNED', 'EXPIRED'],
};

/**
 * A made-up province of `wardCount` wards, each with one agreement whose status cycles through
 * every status, with its three signatories and its history. Every other ward is served by one of
 * `officeCount` grassroots offices and post points, the rest by the provincial units; each ward
 * reports two monthly figures toward a 2026 provincial target. Ward `i` gets status AGREEMENT_STATUSES[i % 5], so exactly the
 * wards with i % 5 !== 2 (not SIGNED) lack a signed agreement.
 */
export async function createSyntheticProvince(
  em: EntityManager,
  options: { code: string; wardCount: number; officeCount?: number },
): Promise<{ province: Province; lackingCount: number }> {
  const province = em.create(Province, {
    code: options.code,
    name: `Tỉnh thử ${options.code}`,
    fullName: `Tỉnh Tỉnh thử ${options.code}`,
    nameEn: `Test province ${options.code}`,
    kind: 'PROVINCE',
    validFrom: '2025-07-01',
  });
  const officeCount = options.officeCount ?? 3;
  // A provincial agency and post office serve every ward no office has been given.
  em.create(Agency, {
    code: `BHXH-${options.code}`,
    name: `Bảo hiểm xã hội tỉnh thử ${options.code}`,
    level: 'PROVINCIAL',
    province,
    areaServed: 'Toàn tỉnh',
    validFrom: '2025-07-01',
  });
  em.create(PostOffice, {
    code: `BD-${options.code}`,
    name: `Bưu điện tỉnh thử ${options.code}`,
    level: 'PROVINCIAL',
    province,
    areaServed: 'Toàn tỉnh',
    validFrom: '2025-07-01',
  });
  const source = em.create(Publication, { title: `Số liệu thử ${options.code}`, publisher: 'Tripartite tests' });
  em.create(Target, {
    scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
    year: 2026,
    province,
    totalParticipants: 10 * options.wardCount,
    source,
  });
  const agencies = Array.from({ length: officeCount }, (_, i) =>
    em.create(Agency, {
      code: `BHXH-${options.code}-${i}`,
      name: `Bảo hiểm xã hội cơ sở ${i + 1}`,
      level: 'GRASSROOTS',
      province,
      areaServed: 'Một phần tỉnh',
      validFrom: '2025-07-01',
    }),
  );
  const postOffices = Array.from({ length: officeCount }, (_, i) =>
    em.create(PostOffice, {
      code: `BD-${options.code}-${i}`,
      name: `Bưu cục ${i + 1}`,
      level: 'COMMUNE',
      province,
      areaServed: 'Một phần tỉnh',
      validFrom: '2025-07-01',
    }),
  );
  // The agreements were signed by district-level units that ended on 30 June 2025: an agreement
  // keeps its signatories, and the units serving the wards today are others.
  const signingAgencies = Array.from({ length: officeCount }, (_, i) =>
    em.create(Agency, {
      code: `BHXH-${options.code}-Q${i}`,
      name: `Bảo hiểm xã hội huyện thử ${i + 1}`,
      level: 'DISTRICT',
      province,
      areaServed: 'Một huyện cũ',
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    }),
  );
  const signingPostOffices = Array.from({ length: officeCount }, (_, i) =>
    em.create(PostOffice, {
      code: `BD-${options.code}-Q${i}`,
      name: `Bưu điện huyện thử ${i + 1}`,
      level: 'DISTRICT',
      province,
      areaServed: 'Một huyện cũ',
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    }),
  );
  let lackingCount = 0;
  for (let i = 0; i < options.wardCount; i++) {
    const ward = em.create(Ward, {
      code: `${options.code}${String(i).padStart(3, '0')}`,
      name: `Xã thử ${i}`,
      fullName: `Xã Xã thử ${i}`,
      nameEn: `Test commune ${i}`,
      kind: 'COMMUNE',
      province,
      validFrom: '2025-07-01',
    });
    // Every other ward is given to a grassroots office and post point; the rest fall to the province's.
    if (i % 2 === 0) {
      agencies[i % officeCount]!.servedWards.add(ward);
      postOffices[i % officeCount]!.servedWards.add(ward);
    }
    for (const month of ['08', '09']) {
      em.create(ParticipationFigure, {
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        measure: 'PARTICIPANTS_AT_PERIOD_END',
        ward,
        periodStart: `2026-${month}-01`,
        periodEnd: `2026-${month}-30`,
        participants: 5,
        source,
      });
    }
    const status = AGREEMENT_STATUSES[i % AGREEMENT_STATUSES.length]!;
    if (status !== 'SIGNED') lackingCount++;
    const signed = PATH_TO[status].includes('SIGNED');
    const agreement = em.create(Agreement, {
      ward,
      agency: signingAgencies[i % officeCount]!,
      postOffice: signingPostOffices[i % officeCount]!,
      status,
      referenceNumber: `T-${ward.code}`,
      signedOn: signed ? '2025-08-01' : null,
      effectiveFrom: signed ? '2025-08-01' : null,
      effectiveTo: status === 'EXPIRED' ? '2026-07-31' : status === 'TERMINATED' ? '2026-03-01' : null,
    });
    PATH_TO[status].forEach((toStatus, index, path) => {
      em.create(AgreementStatusChange, {
        agreement,
        sequence: index + 1,
        fromStatus: index === 0 ? null : path[index - 1]!,
        toStatus,
        changedAt: new Date(Date.UTC(2025, 6, 1 + index)),
        changedBy: 'test',
      });
    });
    for (const party of ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'] as const) {
      em.create(AgreementSignatory, { agreement, party, name: `Người ký ${i}`, title: 'Giám đốc' });
    }
  }
  await em.flush();
  return { province, lackingCount };
}
