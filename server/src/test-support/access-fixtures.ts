import { Province } from '../modules/geography/province.entity.js';
import { Ward } from '../modules/geography/ward.entity.js';
import { Agency } from '../modules/organisations/agency.entity.js';
import { PostOffice } from '../modules/organisations/post-office.entity.js';
import { createTestAccount, type TestAccount } from './test-accounts.js';
import type { TestServer } from './test-server.js';

export type RoleAccounts = {
  admin: TestAccount;
  directorHcm: TestAccount;
  directorHanoi: TestAccount;
  coordinatorHcm: TestAccount;
  coordinatorHanoi: TestAccount;
  viewer: TestAccount;
};

/**
 * Accounts inside and outside Ho Chi Minh City's scope. The demo data has the city's agency
 * (BHXH-79) and post office (BD-79); Hà Nội's are added here, so a second director and a second
 * coordinator exist to be refused.
 */
export async function createRoleAccounts(api: TestServer): Promise<RoleAccounts> {
  const em = api.database.orm.em.fork();
  const hanoi = await em.findOneOrFail(Province, { code: '01', validTo: null });
  const common = {
    province: hanoi,
    areaServed: 'Toàn Thành phố Hà Nội',
    validFrom: '2025-07-01',
    level: 'PROVINCIAL' as const,
  };
  em.create(Agency, { code: 'BHXH-01', name: 'Bảo hiểm xã hội Thành phố Hà Nội', ...common });
  em.create(PostOffice, { code: 'BD-01', name: 'Bưu điện Thành phố Hà Nội', ...common });
  // Made-up communes (codes 01901…) beside Hà Nội's two real demo wards, so tests have wards to spare.
  for (let i = 1; i <= 40; i++) {
    em.create(Ward, {
      code: `019${String(i).padStart(2, '0')}`,
      name: `Xã thử ${i}`,
      fullName: `Xã Xã thử ${i}`,
      nameEn: `Test commune ${i}`,
      kind: 'COMMUNE',
      province: hanoi,
      validFrom: '2025-07-01',
    });
  }
  await em.flush();
  const orm = api.database.orm;
  return {
    admin: api.admin,
    directorHcm: await createTestAccount(orm, { role: 'DIRECTOR', agencyCode: 'BHXH-79' }),
    directorHanoi: await createTestAccount(orm, { role: 'DIRECTOR', agencyCode: 'BHXH-01' }),
    coordinatorHcm: await createTestAccount(orm, { role: 'COORDINATOR', postOfficeCode: 'BD-79' }),
    coordinatorHanoi: await createTestAccount(orm, { role: 'COORDINATOR', postOfficeCode: 'BD-01' }),
    viewer: await createTestAccount(orm, { role: 'VIEWER' }),
  };
}

/** Codes of the made-up Hà Nội communes, each without an agreement. */
export const SPARE_HANOI_WARDS = Array.from({ length: 40 }, (_, i) => `019${String(i + 1).padStart(2, '0')}`);

/** Codes of Ho Chi Minh City wards whose agreement is signed: each can take a new draft (a renewal). */
export async function signedWardCodes(api: TestServer): Promise<string[]> {
  const result = await api.graphql<{ province: { wards: { code: string }[] } }>(
    '{ province(code: "79") { wards(signingStatus: [SIGNED]) { code } } }',
  );
  return result.data!.province.wards.map((ward) => ward.code);
}

export const CREATE_AGREEMENT = `mutation ($wardCode: String!) {
  createAgreement(input: { wardCode: $wardCode }) { id version status }
}`;

/** A new DRAFTING agreement made by the admin, for a test to act on. */
export async function draftAgreement(api: TestServer, wardCode: string): Promise<string> {
  const result = await api.graphql<{ createAgreement: { id: string } }>(CREATE_AGREEMENT, { wardCode });
  if (!result.data) throw new Error(`Could not draft an agreement for ${wardCode}: ${JSON.stringify(result.errors)}`);
  return result.data.createAgreement.id;
}
