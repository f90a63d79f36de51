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
