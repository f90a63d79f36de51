import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { Agreement } from './agreement.entity.js';
import { DEMO_WARDS_LACKING } from '../../db/seeders/demo/ho-chi-minh-city-agreements.seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type LackingWard = {
  code: string;
  name: string;
  signingStatus: string;
  currentAgreement: null | {
    status: string;
    referenceNumber: string | null;
    agency: { name: string; level: string };
    postOffice: { name: string };
    signatories: { party: string; name: string; signedOn: string | null }[];
  };
};

const HEADLINE = `{
  wardsLackingSignedAgreement(provinceCode: "79") {
    code name signingStatus
    currentAgreement {
      status referenceNumber
      agency { name level } postOffice { name }
      signatories { party name signedOn }
    }
  }
}`;

describe.each(testDialects)('which wards lack a signed agreement, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it("returns exactly Ho Chi Minh City's 12 wards without a signed agreement, each with its current agreement", async () => {
    const result = await api.graphql<{ wardsLackingSignedAgreement: LackingWard[] }>(HEADLINE);
    expect(result.errors).toBeUndefined();
    const wards = result.data?.wardsLackingSignedAgreement ?? [];
    expect(wards.map((ward) => ward.code).sort()).toEqual(Object.keys(DEMO_WARDS_LACKING).sort());
    expect(wards.map((ward) => ward.name)).toEqual(
      [...wards.map((ward) => ward.name)].sort(new Intl.Collator('vi').compare),
    );

    const benThanh = wards.find((ward) => ward.name === 'Bến Thành');
    expect(benThanh?.signingStatus).toBe('AWAITING_SIGNATURES');
    expect(benThanh?.currentAgreement).toMatchObject({
      status: 'AWAITING_SIGNATURES',
      agency: { name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh', level: 'PROVINCIAL' },
      postOffice: { name: 'Bưu điện Thành phố Hồ Chí Minh' },
    });
    expect(benThanh?.currentAgreement?.signatories.map((signatory) => signatory.party)).toEqual([
      'PEOPLES_COMMITTEE',
      'SOCIAL_INSURANCE_AGENCY',
      'POST_OFFICE',
    ]);
    // Only the People's Committee has signed so far.
    expect(benThanh?.currentAgreement?.signatories.map((signatory) => signatory.signedOn !== null)).toEqual([
      true,
      false,
      false,
    ]);

    const byName = Object.fromEntries(wards.map((ward) => [ward.name, ward]));
    expect(byName['Côn Đảo']?.currentAgreement).toBeNull();
    expect(byName['Bình Châu']?.currentAgreement?.status).toBe('TERMINATED');
    expect(byName['Hiệp Phước']?.currentAgreement?.status).toBe('EXPIRED');
    expect(byName['Cần Giờ']?.currentAgreement).toMatchObject({ status: 'DRAFTING', referenceNumber: null });
  });

  it('counts signing progress so that the parts add up to the whole', async () => {
    const result = await api.graphql<{ province: { signingProgress: Record<string, number | string> } }>(
      '{ province(code: "79") { signingProgress { totalWards signed signedNotYetInEffect awaitingSignatures drafting notStarted fractionSigned } } }',
    );
    expect(result.data?.province.signingProgress).toEqual({
      totalWards: 168,
      signed: 156,
      signedNotYetInEffect: 0,
      awaitingSignatures: 5,
      drafting: 3,
      notStarted: 4,
      fractionSigned: 156 / 168,
    });
  });

  it('judges signing on the day asked, from the status history and only the agreements recorded by then', async () => {
    const result = await api.graphql<{
      province: { signingProgress: Record<string, number | string> };
      ward: { early: null; later: { status: string } };
    }>(`{
      province(code: "79") {
        signingProgress(asOf: "2025-07-10") {
          asOf totalWards signed signedNotYetInEffect awaitingSignatures drafting needsResigning notStarted
        }
      }
      ward(code: "26743") { early: currentAgreement(asOf: "2025-07-01") { status } later: currentAgreement { status } }
    }`);
    expect(result.errors).toBeUndefined();
    // The first drafts were recorded from 7 July 2025: 20 by the end of 10 July, none yet sent or signed.
    // Nine of the others must re-sign: units merged into them had signed (the demo's made-up
    // agreements on old wards); the tenth such ward was among the 20 drafting.
    expect(result.data?.province.signingProgress).toEqual({
      asOf: '2025-07-10',
      totalWards: 168,
      signed: 0,
      signedNotYetInEffect: 0,
      awaitingSignatures: 0,
      drafting: 20,
      needsResigning: 9,
      notStarted: 139,
    });
    expect(result.data?.ward).toEqual({ early: null, later: { status: 'AWAITING_SIGNATURES' } });
  });

  it('filters a province’s wards by signing status and by a search without diacritics', async () => {
    const result = await api.graphql<{ province: Record<string, { name: string }[]> }>(`{
      province(code: "79") {
        awaiting: wards(signingStatus: [AWAITING_SIGNATURES]) { name }
        notStarted: wards(signingStatus: [NOT_STARTED]) { name }
        search: wards(search: "ben thanh", signingStatus: [AWAITING_SIGNATURES, DRAFTING]) { name }
        signed: wards(signingStatus: [SIGNED], search: "ben thanh") { name }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.province['awaiting']?.map((ward) => ward.name)).toEqual([
      'Bến Thành',
      'Củ Chi',
      'Dĩ An',
      'Gò Vấp',
      'Vũng Tàu',
    ]);
    expect(result.data?.province['notStarted']?.map((ward) => ward.name)).toEqual([
      'Bình Châu',
      'Côn Đảo',
      'Hiệp Phước',
      'Thạnh An',
    ]);
    expect(result.data?.province['search']).toEqual([{ name: 'Bến Thành' }]);
    expect(result.data?.province['signed']).toEqual([]);
  });

  it('counts an agreement signed to take effect later as not yet in effect, and the ward as still lacking one', async () => {
    const em = api.database.orm.em.fork();
    const hoanKiem = await em.findOneOrFail(Ward, { code: '00070' });
    const [agency, postOffice] = await Promise.all([
      em.findOneOrFail(Agency, { code: 'BHXH-79' }),
      em.findOneOrFail(PostOffice, { code: 'BD-79' }),
    ]);
    em.create(Agreement, {
      ward: hoanKiem,
      agency,
      postOffice,
      status: 'SIGNED',
      signedOn: '2026-01-02',
      effectiveFrom: '2099-01-01',
    });
    await em.flush();
    const result = await api.graphql<{
      wardsLackingSignedAgreement: { name: string; signingStatus: string }[];
      province: { signingProgress: { signedNotYetInEffect: number; notStarted: number } };
    }>(`{
      wardsLackingSignedAgreement(provinceCode: "01") { name signingStatus }
      province(code: "01") { signingProgress { signedNotYetInEffect notStarted } }
    }`);
    expect(result.data?.wardsLackingSignedAgreement).toContainEqual({
      name: 'Hoàn Kiếm',
      signingStatus: 'SIGNED_NOT_YET_IN_EFFECT',
    });
    expect(result.data?.province.signingProgress).toEqual({ signedNotYetInEffect: 1, notStarted: 1 });
  });

  it('lists every ward of a province with no agreements at all', async () => {
    const result = await api.graphql<{ wardsLackingSignedAgreement: { name: string; currentAgreement: null }[] }>(
      '{ wardsLackingSignedAgreement(provinceCode: "01") { name currentAgreement { id } } }',
    );
    expect(result.data?.wardsLackingSignedAgreement).toContainEqual({ name: 'Ba Đình', currentAgreement: null });
    expect(result.data?.wardsLackingSignedAgreement).toHaveLength(2);
  });

  it('refuses an unknown or malformed province code with a clear error, not an empty list', async () => {
    const unknown = await api.graphql('{ wardsLackingSignedAgreement(provinceCode: "99") { code } }');
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await api.graphql('{ wardsLackingSignedAgreement(provinceCode: "HCM") { code } }');
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
  });

  it('says which agency and post office serve a ward today', async () => {
    const result = await api.graphql<{
      ward: { servingAgency: { name: string }; servingPostOffice: { name: string } };
    }>('{ ward(code: "26743") { servingAgency { name } servingPostOffice { name } } }');
    expect(result.data?.ward).toEqual({
      servingAgency: { name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' },
      servingPostOffice: { name: 'Bưu điện Thành phố Hồ Chí Minh' },
    });
  });
});
