import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAgreement, signedWardCodes } from '../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

type Latest = {
  auditRecords: {
    nodes: {
      action: string;
      entityType: string;
      ward: { code: string; name: string } | null;
      agreementStatusBefore: string | null;
      agreementStatusAfter: string | null;
    }[];
  };
};
const LATEST = `query ($first: Int!) {
  auditRecords(first: $first) {
    nodes { action entityType ward { code name } agreementStatusBefore agreementStatusAfter }
  }
}`;
const SEND = `mutation ($id: ID!) {
  changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: 1 }) { id }
}`;

describe.each(testDialects)('audit records name the ward and the status change, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  let wards: string[];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    wards = (await signedWardCodes(api)).slice(0, 6);
    // Six renewals drafted and sent: twelve agreement records, each about its own ward.
    for (const code of wards) {
      const id = await draftAgreement(api, code);
      const sent = await api.graphql(SEND, { id });
      expect(sent.errors).toBeUndefined();
    }
    await api.graphql(
      'mutation { setTarget(input: { provinceCode: "79", scheme: VOLUNTARY_SOCIAL_INSURANCE, year: 2031, totalParticipants: 15000, source: { title: "Kế hoạch 2031", publisher: "BHXH TP.HCM" } }) { id } }',
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives each agreement record its ward and the status before and after; other records null', async () => {
    const result = await api.graphql<Latest>(LATEST, { first: 13 });
    expect(result.errors).toBeUndefined();
    const [target, ...agreementRecords] = result.data!.auditRecords.nodes;
    expect(target).toMatchObject({
      entityType: 'Target',
      ward: null,
      agreementStatusBefore: null,
      agreementStatusAfter: null,
    });
    // Newest first: the last ward's send, then its draft, and so on back.
    expect(
      agreementRecords.map((record) => [
        record.action,
        record.ward?.code,
        record.agreementStatusBefore,
        record.agreementStatusAfter,
      ]),
    ).toEqual(
      [...wards].reverse().flatMap((code) => [
        ['agreement.changeStatus', code, 'DRAFTING', 'AWAITING_SIGNATURES'],
        ['agreement.create', code, null, 'DRAFTING'],
      ]),
    );
    expect(agreementRecords[0]!.ward!.name).not.toBe('');
  });

  it('costs the same statements for 2 records as for 13 (the wards load in one batch)', async () => {
    const count = async (first: number) => {
      statements.length = 0;
      const result = await api.graphql<Latest>(LATEST, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.auditRecords.nodes.filter((record) => record.ward)).toHaveLength(first === 2 ? 1 : 12);
      return statements.filter((statement) => /\b(select|with)\b/i.test(statement)).length;
    };
    expect(await count(13)).toBe(await count(2));
  });
});
