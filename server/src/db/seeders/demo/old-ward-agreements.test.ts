import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { testDialects } from '../../../test-support/test-databases.js';
import { MADE_UP_NOTE, OLD_WARD_AGREEMENTS } from './old-ward-agreements.seed.js';

type WorklistWard = {
  name: string;
  signingStatus: string;
  predecessorAgreements: { status: string; notes: string; ward: { code: string; validTo: string } }[];
};

const WORKLIST = `query ($asOf: Date) {
  resigningWorklist(provinceCode: "79", asOf: $asOf) {
    name signingStatus
    predecessorAgreements { status notes ward { code validTo } }
  }
}`;

describe.each(testDialects)('the demo’s made-up agreements on the wards of before 2025, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows Bến Nghé as it was on 30 June 2025, with its signed agreement marked as made up', async () => {
    const result = await api.graphql<{
      before: { name: string; validTo: string; currentAgreement: { status: string; signedOn: string; notes: string } };
      today: { name: string; currentAgreement: { status: string; notes: string | null } };
    }>(`{
      before: ward(code: "26740", asOf: "2025-06-30") {
        name validTo currentAgreement(asOf: "2025-06-30") { status signedOn notes }
      }
      today: ward(code: "26740") { name currentAgreement { status notes } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.before).toEqual({
      name: 'Bến Nghé',
      validTo: '2025-06-30',
      currentAgreement: { status: 'SIGNED', signedOn: '2023-03-15', notes: MADE_UP_NOTE },
    });
    // Today's Sài Gòn signed its own after the merger; the old one does not carry over.
    expect(result.data?.today).toEqual({ name: 'Sài Gòn', currentAgreement: { status: 'SIGNED', notes: null } });
  });

  it('lists today the seven lacking wards re-signing, each with what its predecessors had signed', async () => {
    const result = await api.graphql<{ resigningWorklist: WorklistWard[] }>(WORKLIST);
    expect(result.errors).toBeUndefined();
    const worklist = result.data!.resigningWorklist;
    expect(worklist.map(({ name, signingStatus }) => [name, signingStatus])).toEqual([
      ['Bến Thành', 'AWAITING_SIGNATURES'],
      ['Cần Giờ', 'DRAFTING'],
      ['Củ Chi', 'AWAITING_SIGNATURES'],
      ['Dầu Tiếng', 'DRAFTING'],
      ['Dĩ An', 'AWAITING_SIGNATURES'],
      ['Gò Vấp', 'AWAITING_SIGNATURES'],
      ['Vũng Tàu', 'AWAITING_SIGNATURES'],
    ]);
    const benThanh = worklist[0]!.predecessorAgreements;
    expect(benThanh.map((agreement) => agreement.ward.code).sort()).toEqual(['26743', '26749']);
    // Vũng Tàu: Phường 1 signed, Phường Thắng Nhì signed and let it expire in 2024; both count.
    expect(
      worklist
        .at(-1)!
        .predecessorAgreements.map((agreement) => agreement.status)
        .sort(),
    ).toEqual(['EXPIRED', 'SIGNED']);
    for (const agreement of worklist.flatMap((ward) => ward.predecessorAgreements)) {
      expect(agreement.notes).toBe(MADE_UP_NOTE);
      expect(agreement.ward.validTo).toBe('2025-06-30');
    }
  });

  it('asks the successors of all of them to re-sign in the days after the merger, before their own drafts', async () => {
    const result = await api.graphql<{
      resigningWorklist: WorklistWard[];
      province: { signingProgress: { needsResigning: number; drafting: number; notStarted: number } };
    }>(
      `query ($asOf: Date) {
        resigningWorklist(provinceCode: "79", asOf: $asOf) {
          name signingStatus(asOf: $asOf) predecessorAgreements(asOf: $asOf) { status }
        }
        province(code: "79") { signingProgress(asOf: $asOf) { needsResigning drafting notStarted } }
      }`,
      { asOf: '2025-07-01' },
    );
    expect(result.errors).toBeUndefined();
    const worklist = result.data!.resigningWorklist;
    // Ten of today's wards had made-up predecessors' agreements; on 1 July none had started its own.
    expect(worklist).toHaveLength(10);
    expect(worklist.every((ward) => ward.signingStatus === 'NEEDS_RESIGNING')).toBe(true);
    expect(worklist.flatMap((ward) => ward.predecessorAgreements)).toHaveLength(OLD_WARD_AGREEMENTS.length);
    expect(result.data!.province.signingProgress).toEqual({ needsResigning: 10, drafting: 0, notStarted: 158 });
  });
});
