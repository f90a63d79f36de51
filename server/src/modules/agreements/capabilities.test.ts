import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleAccounts,
  CREATE_AGREEMENT,
  draftAgreement,
  signedWardCodes,
  SPARE_HANOI_WARDS,
  type RoleAccounts,
} from '../../test-support/access-fixtures.js';
import { createTestAccount } from '../../test-support/test-accounts.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { createSyntheticProvince } from '../../test-support/synthetic-province.js';

type Who = keyof RoleAccounts;
const EVERYONE: Who[] = ['admin', 'directorHcm', 'coordinatorHcm', 'viewer', 'directorHanoi', 'coordinatorHanoi'];

const WARD = `query ($code: String!) { ward(code: $code) { inViewerAgreementScope viewerCanStartAgreement } }`;
const AGREEMENT = `query ($id: ID!) {
  agreement(id: $id) { status viewerCanChange viewerCanRecordSignature viewerNextStatuses }
}`;
const PROVINCE = `query ($code: String!) { province(code: $code) { viewerCanSetTargets viewerCanRecordFigures } }`;
const CHANGE = `mutation ($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { version } }`;
const SIGN = `mutation ($input: RecordSignatureInput!) { recordSignature(input: $input) { version } }`;

type WardCapabilities = { ward: { inViewerAgreementScope: boolean; viewerCanStartAgreement: boolean } };
type AgreementCapabilities = {
  agreement: { viewerCanChange: boolean; viewerCanRecordSignature: boolean; viewerNextStatuses: string[] };
};

/**
 * The capability fields answer what the server then does: for every role, a write the field says
 * is possible succeeds, and one it says is not is refused.
 */
describe.each(testDialects)('capability fields agree with the writes, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let hcmWards: string[];
  const spareHanoi = [...SPARE_HANOI_WARDS];

  beforeAll(async () => {
    api = await startTestServer(dialect);
    accounts = await createRoleAccounts(api);
    // Wards whose agreement is signed: each may take a new draft (a renewal).
    hcmWards = await signedWardCodes(api);
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  const as = (who: Who) => ({ token: accounts[who].token });

  it('Ward.viewerCanStartAgreement is true exactly when createAgreement succeeds', async () => {
    const expected: Record<Who, [hcm: boolean, hanoi: boolean]> = {
      admin: [true, true],
      directorHcm: [true, false],
      coordinatorHcm: [true, false],
      viewer: [false, false],
      directorHanoi: [false, true],
      // Hà Nội's provincial post office serves every commune no other office has been given.
      coordinatorHanoi: [false, true],
    };
    for (const who of EVERYONE) {
      for (const [index, code] of [hcmWards.pop()!, spareHanoi.pop()!].entries()) {
        const asked = await api.graphql<WardCapabilities>(WARD, { code }, as(who));
        expect(asked.errors).toBeUndefined();
        const { inViewerAgreementScope, viewerCanStartAgreement } = asked.data!.ward;
        expect(viewerCanStartAgreement, `${who} ${code}`).toBe(expected[who][index]);
        expect(inViewerAgreementScope, `${who} ${code}`).toBe(expected[who][index]);
        const created = await api.graphql(CREATE_AGREEMENT, { wardCode: code }, as(who));
        expect(created.errors === undefined, `${who} creates for ${code}`).toBe(viewerCanStartAgreement);
        if (!viewerCanStartAgreement) continue;
        // Now one is being drafted: still within scope, but no second one may be started.
        const after = await api.graphql<WardCapabilities>(WARD, { code }, as(who));
        expect(after.data!.ward).toEqual({ inViewerAgreementScope: true, viewerCanStartAgreement: false });
        const again = await api.graphql(CREATE_AGREEMENT, { wardCode: code }, as(who));
        expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      }
    }
  });

  it('Agreement.viewerCanChange, viewerNextStatuses and viewerCanRecordSignature match what changes succeed', async () => {
    for (const who of EVERYONE) {
      const id = await draftAgreement(api, hcmWards.pop()!);
      const asked = await api.graphql<AgreementCapabilities>(AGREEMENT, { id }, as(who));
      expect(asked.errors).toBeUndefined();
      const may = ['admin', 'directorHcm', 'coordinatorHcm'].includes(who);
      expect(asked.data!.agreement, who).toEqual({
        status: 'DRAFTING',
        viewerCanChange: may,
        viewerCanRecordSignature: may,
        viewerNextStatuses: may ? ['AWAITING_SIGNATURES', 'TERMINATED'] : [],
      });
      const signature = {
        agreementId: id,
        expectedVersion: 1,
        party: 'POST_OFFICE',
        name: 'Lê Văn An',
        title: 'Giám đốc',
      };
      const signed = await api.graphql(SIGN, { input: signature }, as(who));
      expect(signed.errors === undefined, `${who} records a signatory`).toBe(may);
      const version = may ? 2 : 1;
      const moved = await api.graphql(
        CHANGE,
        { input: { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: version } },
        as(who),
      );
      expect(moved.errors === undefined, `${who} sends it for signatures`).toBe(may);
      if (!may) continue;
      // Awaiting signatures, with one of three signed: signing is not offered yet, nor is expiry.
      const later = await api.graphql<AgreementCapabilities>(AGREEMENT, { id }, as(who));
      expect(later.data!.agreement.viewerNextStatuses).toEqual(['DRAFTING', 'TERMINATED']);
      const skipped = await api.graphql(
        CHANGE,
        { input: { agreementId: id, status: 'SIGNED', expectedVersion: version + 1, effectiveFrom: '2026-01-01' } },
        as(who),
      );
      expect(skipped.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const ended = await api.graphql(
        CHANGE,
        { input: { agreementId: id, status: 'TERMINATED', expectedVersion: version + 1, note: 'Thử' } },
        as(who),
      );
      expect(ended.errors).toBeUndefined();
      const final = await api.graphql<AgreementCapabilities>(AGREEMENT, { id }, as(who));
      expect(final.data!.agreement).toMatchObject({ viewerCanRecordSignature: false, viewerNextStatuses: [] });
    }
  });

  it('Province.viewerCanSetTargets and viewerCanRecordFigures follow the province a director manages', async () => {
    const expected: Record<Who, [hcm: boolean, hanoi: boolean]> = {
      admin: [true, true],
      directorHcm: [true, false],
      coordinatorHcm: [false, false],
      viewer: [false, false],
      directorHanoi: [false, true],
      coordinatorHanoi: [false, false],
    };
    for (const who of EVERYONE) {
      for (const [index, code] of ['79', '01'].entries()) {
        const asked = await api.graphql<{
          province: { viewerCanSetTargets: boolean; viewerCanRecordFigures: boolean };
        }>(PROVINCE, { code }, as(who));
        const may = expected[who][index];
        expect(asked.data!.province, `${who} ${code}`).toEqual({
          viewerCanSetTargets: may,
          viewerCanRecordFigures: may,
        });
        const target = await api.graphql(
          `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }`,
          {
            input: {
              provinceCode: code,
              scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
              year: 2031 + EVERYONE.indexOf(who),
              totalParticipants: 100,
              source: { title: 'Kế hoạch thử', publisher: 'Tripartite tests' },
            },
          },
          as(who),
        );
        expect(target.errors === undefined, `${who} sets a target for ${code}`).toBe(may);
      }
    }
  });
});

const CAPABILITIES_OF_WARDS = `query ($code: String!) {
  province(code: $code) {
    viewerCanSetTargets
    wards {
      code inViewerAgreementScope viewerCanStartAgreement
      currentAgreement { viewerCanChange viewerCanRecordSignature viewerNextStatuses }
      agreements { viewerCanChange }
    }
  }
}`;

/** Capability fields on a list of wards cost the same SQL statements for 10 wards as for 300. */
describe.each(testDialects)('capability fields do not grow with the number of wards, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  const small = { code: '92', wardCount: 10 };
  const large = { code: '93', wardCount: 300 };

  beforeAll(async () => {
    api = await startTestServer(dialect, {
      seedDemoData: false,
      statementSink: (statement) => statements.push(statement),
    });
    const em = api.database.orm.em.fork();
    for (const options of [small, large]) await createSyntheticProvince(em, options);
  }, 180_000);
  afterAll(async () => {
    await api.close();
  });

  async function countAs(token: string, code: string): Promise<number> {
    statements.length = 0;
    const result = await api.graphql<{ province: { wards: { viewerCanStartAgreement: boolean }[] } }>(
      CAPABILITIES_OF_WARDS,
      { code },
      { token },
    );
    expect(result.errors).toBeUndefined();
    return statements.filter((statement) => /\b(select|with)\b/i.test(statement)).length;
  }

  it.each([
    ['a director', (code: string) => ({ role: 'DIRECTOR' as const, agencyCode: `BHXH-${code}` })],
    ['a coordinator', (code: string) => ({ role: 'COORDINATOR' as const, postOfficeCode: `BD-${code}-0` })],
    ['an admin', () => ({ role: 'ADMIN' as const })],
  ])('asked by %s', async (_, account) => {
    const orm = api.database.orm;
    const smallCount = await countAs((await createTestAccount(orm, account(small.code))).token, small.code);
    const largeCount = await countAs((await createTestAccount(orm, account(large.code))).token, large.code);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThan(15);
  });
});
