import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleAccounts,
  draftAgreement,
  type RoleAccounts,
  signedWardCodes,
} from '../../test-support/access-fixtures.js';
import { testDialects } from '../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';

const RECORD = `mutation ($input: RecordSignatureInput!) {
  recordSignature(input: $input) { id version signatories { party name } }
}`;
const CHANGE = `mutation ($input: ChangeAgreementStatusInput!) {
  changeAgreementStatus(input: $input) { id version status }
}`;
type Recorded = { recordSignature: { id: string; version: number; signatories: { party: string; name: string }[] } };
type Changed = { changeAgreementStatus: { id: string; version: number; status: string } };

/**
 * A write that carries a `clientWriteId` is applied once per account, however many copies of it
 * arrive (the offline queue's resend after a lost answer, a duplicated delivery).
 */
describe.each(testDialects)('writes with a clientWriteId, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let freeWards: string[];
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    accounts = await createRoleAccounts(api);
    freeWards = await signedWardCodes(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const signatory = (agreementId: string, expectedVersion: number, clientWriteId: string, name = 'Nguyễn Văn A') => ({
    input: { agreementId, expectedVersion, clientWriteId, party: 'POST_OFFICE', name, title: 'Giám đốc' },
  });

  async function auditCount(agreementId: string, action: string): Promise<number> {
    return api.database.orm.em.fork().count(AuditRecord, { entityType: 'Agreement', entityId: agreementId, action });
  }

  it('a copy of an applied write answers as it did and writes nothing more', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const key = crypto.randomUUID();
    const first = await api.graphql<Recorded>(RECORD, signatory(id, 1, key));
    expect(first.errors).toBeUndefined();
    const again = await api.graphql<Recorded>(RECORD, signatory(id, 1, key));
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.data!.recordSignature.version).toBe(2);
    expect(await auditCount(id, 'agreement.recordSignature')).toBe(1);

    // A status move too: one history step, one audit record.
    const move = {
      input: { agreementId: id, expectedVersion: 2, status: 'AWAITING_SIGNATURES', clientWriteId: crypto.randomUUID() },
    };
    const moved = await api.graphql<Changed>(CHANGE, move);
    const movedAgain = await api.graphql<Changed>(CHANGE, move);
    expect(moved.errors).toBeUndefined();
    expect(movedAgain.errors).toBeUndefined();
    expect(movedAgain.data!.changeAgreementStatus).toEqual({ id, version: 3, status: 'AWAITING_SIGNATURES' });
    expect(await auditCount(id, 'agreement.changeStatus')).toBe(1);
    expect(await api.database.orm.em.fork().count(AgreementStatusChange, { agreement: id })).toBe(2);
  });

  it('a first write pays nothing for its key: the key is looked up only when a write fails', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    statements.length = 0;
    const first = await api.graphql<Recorded>(RECORD, signatory(id, 1, crypto.randomUUID()));
    expect(first.errors).toBeUndefined();
    const keyLookups = statements.filter((statement) => /\bselect\b.*\bfrom [`"]audit_record[`"]/is.test(statement));
    expect(keyLookups).toEqual([]);
  });

  it('two copies arriving at once: one is applied, both answer accepted', async () => {
    // Several rounds, so that the two transactions really interleave on the database at least once.
    for (let round = 0; round < 5; round++) {
      const id = await draftAgreement(api, freeWards.pop()!);
      const request = signatory(id, 1, crypto.randomUUID());
      const answers = await Promise.all([
        api.graphql<Recorded>(RECORD, request),
        api.graphql<Recorded>(RECORD, request),
      ]);
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.recordSignature.version).toBe(2);
      }
      expect(await auditCount(id, 'agreement.recordSignature')).toBe(1);
    }
  });

  it('a copy sent after someone else changed the agreement still answers accepted, with the agreement as it is now', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const key = crypto.randomUUID();
    expect((await api.graphql<Recorded>(RECORD, signatory(id, 1, key))).errors).toBeUndefined();
    const director = { token: accounts.directorHcm.token };
    const theirs = await api.graphql<Recorded>(
      RECORD,
      {
        input: {
          agreementId: id,
          expectedVersion: 2,
          party: 'PEOPLES_COMMITTEE',
          name: 'Trần Thị B',
          title: 'Chủ tịch',
        },
      },
      director,
    );
    expect(theirs.errors).toBeUndefined();

    const again = await api.graphql<Recorded>(RECORD, signatory(id, 1, key));
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordSignature.version).toBe(3);
    expect(again.data!.recordSignature.signatories.map((entry) => entry.party).sort()).toEqual([
      'PEOPLES_COMMITTEE',
      'POST_OFFICE',
    ]);
    expect(await auditCount(id, 'agreement.recordSignature')).toBe(2);
  });

  it('another account’s id is not a replay of their write', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const key = crypto.randomUUID();
    expect((await api.graphql<Recorded>(RECORD, signatory(id, 1, key))).errors).toBeUndefined();
    const director = { token: accounts.directorHcm.token };

    // Sent as the admin's stale copy, it is the director's own write and is refused as stale.
    const stale = await api.graphql<Recorded>(RECORD, signatory(id, 1, key), director);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    // Against the current version, it is applied as the director's own write.
    const own = await api.graphql<Recorded>(RECORD, signatory(id, 2, key, 'Lê Văn C'), director);
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordSignature.version).toBe(3);
    expect(own.data!.recordSignature.signatories).toEqual([{ party: 'POST_OFFICE', name: 'Lê Văn C' }]);
    expect(await auditCount(id, 'agreement.recordSignature')).toBe(2);
  });

  it('an id used for another write is refused, not answered with that write’s agreement', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const other = await draftAgreement(api, freeWards.pop()!);
    const key = crypto.randomUUID();
    expect((await api.graphql<Recorded>(RECORD, signatory(id, 1, key))).errors).toBeUndefined();
    const reused = await api.graphql<Recorded>(RECORD, signatory(other, 1, key));
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientWriteId' });
    expect(await auditCount(other, 'agreement.recordSignature')).toBe(0);
  });

  it('an id that is not a UUID is BAD_USER_INPUT, and nothing is written', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    const refused = await api.graphql<Recorded>(RECORD, signatory(id, 1, 'write-1'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientWriteId' });
    expect(refused.errors?.[0]?.message).toBe(
      'input.clientWriteId: not a write id (a UUID the client makes once for each write)',
    );
    expect(await auditCount(id, 'agreement.recordSignature')).toBe(0);
  });
});
