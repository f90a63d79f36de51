import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMergedUnits } from '../../test-support/merged-units.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { GENERAL_HEADLINE, PLAIN_HEADLINE } from '../../test-support/plain-read-queries.js';

type PredecessorAgreement = {
  status: string;
  signedOn: string;
  ward: { code: string; validTo: string };
  agency: { name: string };
  postOffice: { name: string };
  signatories: { party: string }[];
};
type LackingWard = {
  code: string;
  name: string;
  signingStatus: string;
  currentAgreement: { status: string } | null;
  predecessorAgreements: { ward: { code: string } }[];
};

/** Wards merged on 1 July 2025 (a made-up reorganisation, see merged-units.ts): who must sign again. */
describe.each(testDialects)('re-signing after wards were merged, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect, { seedDemoData: false });
    await createMergedUnits(api.database.orm.em.fork());
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers the headline from plain rows exactly as the general path does, merged, split and expired wards included', async () => {
    const plain = await api.graphql<{ wardsLackingSignedAgreement: object[] }>(PLAIN_HEADLINE, { code: '92' });
    const general = await api.graphql<{ wardsLackingSignedAgreement: object[] }>(GENERAL_HEADLINE, { code: '92' });
    expect(plain.errors).toBeUndefined();
    expect(general.errors).toBeUndefined();
    const statuses = plain.data!.wardsLackingSignedAgreement.map(
      (ward) => (ward as { signingStatus: string }).signingStatus,
    );
    expect(new Set(statuses)).toEqual(new Set(['NOT_STARTED', 'NEEDS_RESIGNING', 'DRAFTING']));
    expect(plain.data!.wardsLackingSignedAgreement).toEqual(
      general.data!.wardsLackingSignedAgreement.map((ward) => {
        const { __typename, ...fields } = ward as { __typename: string };
        expect(__typename).toBe('Ward');
        return fields;
      }),
    );
  });

  it('shows a new ward whose predecessors had signed, and which has not, as needing re-signing, with their agreements', async () => {
    const result = await api.graphql<{ wardsLackingSignedAgreement: LackingWard[] }>(`{
      wardsLackingSignedAgreement(provinceCode: "92") {
        code name signingStatus currentAgreement { status } predecessorAgreements { ward { code } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.wardsLackingSignedAgreement).toEqual([
      {
        code: '92102',
        name: 'Phường Mới Hai',
        signingStatus: 'NOT_STARTED',
        currentAgreement: null,
        predecessorAgreements: [],
      },
      {
        code: '92101',
        name: 'Phường Mới Một',
        signingStatus: 'NEEDS_RESIGNING',
        currentAgreement: null,
        predecessorAgreements: [{ ward: { code: '92001' } }, { ward: { code: '92002' } }],
      },
      // Its own draft shows as such; of its predecessors' agreements, the one dated after Xã Cũ D ended is left out.
      {
        code: '92103',
        name: 'Xã Mới Ba',
        signingStatus: 'DRAFTING',
        currentAgreement: { status: 'DRAFTING' },
        predecessorAgreements: [{ ward: { code: '93003' } }],
      },
      // It signed its own after the merger and let it expire: an ordinary lapse, not a re-signing.
      {
        code: '92105',
        name: 'Xã Mới Năm',
        signingStatus: 'NOT_STARTED',
        currentAgreement: { status: 'EXPIRED' },
        predecessorAgreements: [{ ward: { code: '93003' } }],
      },
      {
        code: '92106',
        name: 'Xã Mới Sáu',
        signingStatus: 'NOT_STARTED',
        currentAgreement: null,
        predecessorAgreements: [],
      },
    ]);
  });

  it('lists the predecessors’ agreements with their parties, on the old units they bound', async () => {
    const result = await api.graphql<{ ward: { predecessorAgreements: PredecessorAgreement[] } }>(`{
      ward(code: "92101") {
        predecessorAgreements {
          status signedOn ward { code validTo } agency { name } postOffice { name } signatories { party }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const [a, b] = result.data!.ward.predecessorAgreements;
    expect(a).toEqual({
      status: 'SIGNED',
      signedOn: '2022-01-10',
      ward: { code: '92001', validTo: '2025-06-30' },
      agency: { name: 'Bảo hiểm xã hội tỉnh cũ' },
      postOffice: { name: 'Bưu điện tỉnh cũ' },
      signatories: [{ party: 'PEOPLES_COMMITTEE' }, { party: 'SOCIAL_INSURANCE_AGENCY' }, { party: 'POST_OFFICE' }],
    });
    // Signed and later terminated, while Phường Cũ B existed: it still had signed one.
    expect(b).toMatchObject({ status: 'TERMINATED', signedOn: '2023-03-01', ward: { code: '92002' } });
  });

  it('counts wards needing re-signing in the progress, the parts adding up to the whole', async () => {
    const result = await api.graphql<{ province: { signingProgress: Record<string, number> } }>(`{
      province(code: "92") {
        signingProgress { totalWards signed signedNotYetInEffect awaitingSignatures drafting needsResigning notStarted }
      }
    }`);
    expect(result.data?.province.signingProgress).toEqual({
      totalWards: 6,
      signed: 1,
      signedNotYetInEffect: 0,
      awaitingSignatures: 0,
      drafting: 1,
      needsResigning: 1,
      notStarted: 3,
    });
  });

  it('gives the province a re-signing worklist: wards that must sign again, and those doing so', async () => {
    const worklist = `query ($asOf: Date) {
      resigningWorklist(provinceCode: "92", asOf: $asOf) {
        name signingStatus(asOf: $asOf) predecessorAgreements(asOf: $asOf) { ward { name } postOffice { name } }
      }
    }`;
    const today = await api.graphql<{ resigningWorklist: unknown[] }>(worklist);
    expect(today.errors).toBeUndefined();
    expect(today.data?.resigningWorklist).toEqual([
      {
        name: 'Phường Mới Một',
        signingStatus: 'NEEDS_RESIGNING',
        predecessorAgreements: [
          { ward: { name: 'Phường Cũ A' }, postOffice: { name: 'Bưu điện tỉnh cũ' } },
          { ward: { name: 'Phường Cũ B' }, postOffice: { name: 'Bưu điện tỉnh cũ' } },
        ],
      },
      {
        name: 'Xã Mới Ba',
        signingStatus: 'DRAFTING',
        predecessorAgreements: [{ ward: { name: 'Xã Cũ E' }, postOffice: { name: 'Bưu điện tỉnh cũ' } }],
      },
    ]);
    // On 15 July 2025 none of the new wards had an agreement of its own yet: all four with signed predecessors were to re-sign.
    const july = await api.graphql<{ resigningWorklist: { name: string; signingStatus: string }[] }>(worklist, {
      asOf: '2025-07-15',
    });
    expect(july.errors).toBeUndefined();
    expect(july.data?.resigningWorklist.map(({ name, signingStatus }) => [name, signingStatus])).toEqual([
      ['Phường Mới Một', 'NEEDS_RESIGNING'],
      ['Xã Mới Ba', 'NEEDS_RESIGNING'],
      ['Xã Mới Bốn', 'NEEDS_RESIGNING'],
      ['Xã Mới Năm', 'NEEDS_RESIGNING'],
    ]);
  });

  it('keeps the old units as they were: their own agreements, signed on their last day, under the reused code', async () => {
    const result = await api.graphql<{
      oldWard: { signingStatus: string; currentAgreement: { signedOn: string }; successors: { code: string }[] };
      oldProvince: { name: string; signingProgress: { totalWards: number; signed: number } };
      newProvince: { name: string };
    }>(`{
      oldWard: ward(code: "92001", asOf: "2025-06-30") { signingStatus currentAgreement { signedOn } successors { code } }
      oldProvince: province(code: "92", asOf: "2025-06-30") { name signingProgress { totalWards signed } }
      newProvince: province(code: "92") { name }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      oldWard: {
        signingStatus: 'SIGNED',
        currentAgreement: { signedOn: '2022-01-10' },
        successors: [{ code: '92101' }],
      },
      oldProvince: { name: 'Tỉnh Cũ Một', signingProgress: { totalWards: 2, signed: 1 } },
      newProvince: { name: 'Tỉnh Mới' },
    });
  });

  it('filters a province’s wards by the new status', async () => {
    const result = await api.graphql<{ province: { wards: { name: string }[] } }>(
      '{ province(code: "92") { wards(signingStatus: [NEEDS_RESIGNING]) { name } } }',
    );
    expect(result.data?.province.wards).toEqual([{ name: 'Phường Mới Một' }]);
  });
});
