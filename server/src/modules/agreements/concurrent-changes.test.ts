import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAgreement, signedWardCodes } from '../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';

const CHANGE = `mutation ($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { version status } }`;
const SIMULTANEOUS = 12;

describe.each(testDialects)('concurrent changes to one agreement, on %s', (dialect) => {
  let api: TestServer;
  let freeWards: string[];
  beforeAll(async () => {
    api = await startTestServer(dialect);
    freeWards = await signedWardCodes(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it(`lets exactly one of ${SIMULTANEOUS} simultaneous status changes win; the others get CONFLICT, none is lost silently`, async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    // Everyone saw version 1; half want to send it for signature, half to abandon it.
    const attempts = Array.from({ length: SIMULTANEOUS }, (_, i) =>
      api.graphql<{ changeAgreementStatus: { version: number; status: string } }>(CHANGE, {
        input:
          i % 2 === 0
            ? { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: 1 }
            : { agreementId: id, status: 'TERMINATED', expectedVersion: 1, note: `abandoned by ${i}` },
      }),
    );
    const results = await Promise.all(attempts);
    const winners = results.filter((result) => !result.errors);
    const conflicts = results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(SIMULTANEOUS - 1);
    const won = winners[0]!.data!.changeAgreementStatus;
    expect(won.version).toBe(2);
    for (const conflict of conflicts) {
      expect(conflict.errors?.[0]?.extensions?.['current']).toMatchObject({ id, version: 2, status: won.status });
    }

    const em = api.database.orm.em.fork();
    expect(await em.count(AgreementStatusChange, { agreement: id })).toBe(2);
    const audits = await em.find(AuditRecord, { entityId: id, action: 'agreement.changeStatus' });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ status: won.status, version: 2 });
  });

  it('lets one of many simultaneous signatures win by the version alone (no history step to collide on)', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const parties = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'];
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        api.graphql(`mutation ($input: RecordSignatureInput!) { recordSignature(input: $input) { version } }`, {
          input: {
            agreementId: id,
            expectedVersion: 1,
            party: parties[i % 3],
            name: `Người ký ${i}`,
            title: 'Đại diện',
          },
        }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'CONFLICT')).toHaveLength(8);
    const em = api.database.orm.em.fork();
    expect(await em.count(AuditRecord, { entityId: id, action: 'agreement.recordSignature' })).toBe(1);
    const [row] = await em
      .getConnection()
      .execute<{ n: number | string }[]>('select count(*) as n from agreement_signatory where agreement_id = ?', [id]);
    expect(Number(row!.n)).toBe(1);
  });

  it('starts one agreement for a ward when several people start one at once', async () => {
    const wardCode = freeWards.pop()!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.graphql(`mutation { createAgreement(input: { wardCode: "${wardCode}" }) { id } }`),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    const id = (winners[0]!.data as { createAgreement: { id: string } }).createAgreement.id;
    for (const loser of results.filter((result) => result.errors)) {
      expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { id, status: 'DRAFTING' } });
    }
  });

  it('keeps one target and tells the others what it now is, when several replace it at once', async () => {
    const SET = `mutation ($total: Int!, $version: Int) { setTarget(input: { provinceCode: "79", scheme: HOUSEHOLD_HEALTH_INSURANCE, year: 2031, totalParticipants: $total, expectedVersion: $version, source: { title: "KH 2031", publisher: "BHXH" } }) { version totalParticipants } }`;
    const created = await Promise.all([1, 2, 3, 4].map((i) => api.graphql(SET, { total: 1000 * i })));
    expect(created.filter((result) => !result.errors)).toHaveLength(1);
    for (const loser of created.filter((result) => result.errors)) {
      expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 1 } });
    }
    const replaced = await Promise.all(
      [5, 6, 7, 8, 9, 10].map((i) => api.graphql(SET, { total: 1000 * i, version: 1 })),
    );
    const winner = replaced.find((result) => !result.errors)!.data as {
      setTarget: { version: number; totalParticipants: number };
    };
    expect(replaced.filter((result) => !result.errors)).toHaveLength(1);
    for (const loser of replaced.filter((result) => result.errors)) {
      expect(loser.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { version: 2, totalParticipants: winner.setTarget.totalParticipants },
      });
    }
    const em = api.database.orm.em.fork();
    expect(await em.count(AuditRecord, { action: 'target.set' })).toBe(2);
  });

  it('applies changes made one after another, each with the version it saw', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const first = await api.graphql<{ changeAgreementStatus: { version: number } }>(CHANGE, {
      input: { agreementId: id, status: 'AWAITING_SIGNATURES', expectedVersion: 1 },
    });
    const second = await api.graphql<{ changeAgreementStatus: { version: number; status: string } }>(CHANGE, {
      input: {
        agreementId: id,
        status: 'DRAFTING',
        expectedVersion: first.data!.changeAgreementStatus.version,
        note: 'sửa điều 3',
      },
    });
    expect(second.data?.changeAgreementStatus).toEqual({ version: 3, status: 'DRAFTING' });
  });
});
