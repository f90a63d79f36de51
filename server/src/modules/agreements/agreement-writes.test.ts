import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '@tripartite/shared';
import { draftAgreement, signedWardCodes } from '../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

const CHANGE = `mutation ($input: ChangeAgreementStatusInput!) {
  changeAgreementStatus(input: $input) { id status version signedOn effectiveFrom history { sequence fromStatus toStatus changedBy note } }
}`;
const SIGN = `mutation ($input: RecordSignatureInput!) {
  recordSignature(input: $input) { version signatories { party name signedOn } }
}`;

type Changed = {
  changeAgreementStatus: {
    status: string;
    version: number;
    signedOn: string | null;
    history: { toStatus: string; changedBy: string; note: string | null }[];
  };
};

describe.each(testDialects)('writing agreements, on %s', (dialect) => {
  let api: TestServer;
  let freeWards: string[];
  beforeAll(async () => {
    api = await startTestServer(dialect);
    freeWards = await signedWardCodes(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('takes a ward from no agreement to signed, and the headline query sees it', async () => {
    const lacking = async () =>
      (
        await api.graphql<{ wardsLackingSignedAgreement: { code: string }[] }>(
          '{ wardsLackingSignedAgreement(provinceCode: "79") { code } }',
        )
      ).data!.wardsLackingSignedAgreement.map((ward) => ward.code);
    expect(await lacking()).toContain('26732');

    const created = await api.graphql<{
      createAgreement: { id: string; status: string; version: number; postOffice: { code: string } };
    }>(
      'mutation { createAgreement(input: { wardCode: "26732", notes: "Ký mới" }) { id status version postOffice { code } } }',
    );
    const { id } = created.data!.createAgreement;
    expect(created.data!.createAgreement).toMatchObject({
      status: 'DRAFTING',
      version: 1,
      postOffice: { code: 'BD-79' },
    });

    let version = 1;
    const moved = await api.graphql<Changed>(CHANGE, {
      input: { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: version },
    });
    version = moved.data!.changeAgreementStatus.version;
    expect(version).toBe(2);
    const today = todayInVietnam();
    for (const party of ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE']) {
      const signed = await api.graphql<{ recordSignature: { version: number } }>(SIGN, {
        input: {
          agreementId: id,
          expectedVersion: version,
          party,
          name: 'Trần Thị Bình',
          title: 'Đại diện',
          signedOn: today,
        },
      });
      expect(signed.errors).toBeUndefined();
      version = signed.data!.recordSignature.version;
    }
    expect(version).toBe(5);
    const signed = await api.graphql<Changed>(CHANGE, {
      input: {
        agreementId: id,
        status: 'SIGNED',
        expectedVersion: version,
        effectiveFrom: today,
        referenceNumber: '79-26732/2026/TTPH',
      },
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.changeAgreementStatus).toMatchObject({ status: 'SIGNED', version: 6, signedOn: today });
    expect(signed.data!.changeAgreementStatus.history.map((step) => step.toStatus)).toEqual([
      'DRAFTING',
      'AWAITING_SIGNATURES',
      'SIGNED',
    ]);
    expect(signed.data!.changeAgreementStatus.history[2]!.changedBy).toBe('Test admin');
    expect(await lacking()).not.toContain('26732');
  });

  it('refuses a move the lifecycle does not allow, naming the field and the allowed moves', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const skipped = await api.graphql(CHANGE, {
      input: { agreementId: id, status: 'SIGNED', expectedVersion: 1, effectiveFrom: '2026-12-01' },
    });
    expect(skipped.errors?.[0]).toMatchObject({
      message:
        'An agreement cannot go from DRAFTING to SIGNED; from DRAFTING it can go to AWAITING_SIGNATURES or TERMINATED.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.status' },
    });
    await api.graphql(CHANGE, { input: { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: 1 } });
    const unsigned = await api.graphql(CHANGE, {
      input: { agreementId: id, status: 'SIGNED', expectedVersion: 2, effectiveFrom: '2026-12-01' },
    });
    expect(unsigned.errors?.[0]?.message).toContain('All three parties must have signed first');
  });

  it('validates every input at the edge, naming the field', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const cases: [string, Record<string, unknown>, string][] = [
      [CHANGE, { agreementId: 'not-an-id', status: 'TERMINATED', expectedVersion: 1, note: 'x' }, 'input.agreementId'],
      [CHANGE, { agreementId: id, status: 'TERMINATED', expectedVersion: 0, note: 'x' }, 'input.expectedVersion'],
      [CHANGE, { agreementId: id, status: 'TERMINATED', expectedVersion: 1 }, 'input.note'],
      [CHANGE, { agreementId: id, status: 'TERMINATED', expectedVersion: 1, note: 'x'.repeat(1001) }, 'input.note'],
      [
        CHANGE,
        { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: 1, effectiveFrom: '2026-01-01' },
        'input.effectiveFrom',
      ],
      [
        CHANGE,
        {
          agreementId: id,
          status: 'SIGNED',
          expectedVersion: 1,
          effectiveFrom: '2026-02-01',
          effectiveTo: '2026-01-01',
        },
        'input.effectiveTo',
      ],
      [SIGN, { agreementId: id, expectedVersion: 1, party: 'POST_OFFICE', name: '', title: 'Giám đốc' }, 'input.name'],
      [
        SIGN,
        { agreementId: id, expectedVersion: 1, party: 'POST_OFFICE', name: 'A', title: 'B', signedOn: '2999-01-01' },
        'input.signedOn',
      ],
    ];
    for (const [query, input, field] of cases) {
      const result = await api.graphql(query, { input });
      expect(result.errors?.[0]?.extensions, `${field}: ${JSON.stringify(input)}`).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const badWard = await api.graphql('mutation { createAgreement(input: { wardCode: "123" }) { id } }');
    expect(badWard.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.wardCode' });
    const unknownWard = await api.graphql('mutation { createAgreement(input: { wardCode: "99999" }) { id } }');
    expect(unknownWard.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const unknownAgreement = await api.graphql(CHANGE, {
      input: {
        agreementId: '00000000-0000-4000-8000-000000000000',
        status: 'TERMINATED',
        expectedVersion: 1,
        note: 'x',
      },
    });
    expect(unknownAgreement.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('refuses a second agreement under way for one ward with CONFLICT and the current one', async () => {
    const ward = freeWards.pop()!;
    const first = await draftAgreement(api, ward);
    const second = await api.graphql(`mutation { createAgreement(input: { wardCode: "${ward}" }) { id } }`);
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: first, status: 'DRAFTING', version: 1 },
    });
  });

  it('answers a stale version with CONFLICT and the current state, and changes nothing', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    await api.graphql(CHANGE, { input: { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: 1 } });
    const stale = await api.graphql(CHANGE, {
      input: { agreementId: id, status: 'TERMINATED', expectedVersion: 1, note: 'stale' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id, status: 'AWAITING_SIGNATURES', version: 2, lastAction: 'agreement.changeStatus' },
    });
    // The loser is told who changed it: the test admin's token acted for both writes here.
    expect(stale.errors?.[0]?.extensions?.['current']).toHaveProperty('lastChangedBy', expect.stringMatching(/@/));
    expect(stale.errors?.[0]?.message).toMatch(/ by /);
    const now = await api.graphql<{ agreement: { status: string; history: unknown[] } }>(
      `{ agreement(id: "${id}") { status history { sequence } } }`,
    );
    expect(now.data?.agreement).toEqual({ status: 'AWAITING_SIGNATURES', history: [{ sequence: 1 }, { sequence: 2 }] });
  });
});
