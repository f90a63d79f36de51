import { todayInVietnam } from '@tripartite/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAgreement, signedWardCodes } from '../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';

const RECORD = `mutation ($input: RecordSignatureInput!) {
  recordSignature(input: $input) { version signatories { party name signedOn } }
}`;
type Recorded = { recordSignature: { version: number; signatories: { party: string; signedOn: string | null }[] } };

const PARTIES = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'] as const;

/**
 * The coordinator's case (issue 18): all three signatories are named, the People's Committee has
 * signed, and the agency's and the post office's signatures are recorded by two quick taps. Each
 * touches a different signatory row, so only the agreement's version can tell them apart.
 */
describe.each(testDialects)('two signatures of different parties recorded at once, on %s', (dialect) => {
  let api: TestServer;
  let freeWards: string[];
  beforeAll(async () => {
    api = await startTestServer(dialect);
    freeWards = await signedWardCodes(api);
  });
  afterAll(async () => {
    await api.close();
  });

  /** A draft whose three signatories are named (none signed yet): version 4. */
  async function namedAgreement(): Promise<string> {
    const id = await draftAgreement(api, freeWards.pop()!);
    for (const [index, party] of PARTIES.entries()) {
      const named = await api.graphql<Recorded>(RECORD, {
        input: { agreementId: id, expectedVersion: index + 1, party, name: `Người ký ${party}`, title: 'Đại diện' },
      });
      expect(named.errors).toBeUndefined();
    }
    return id;
  }

  const sign = (id: string, party: string, expectedVersion: number) =>
    api.graphql<Recorded>(RECORD, {
      input: {
        agreementId: id,
        expectedVersion,
        party,
        name: `Người ký ${party}`,
        title: 'Đại diện',
        signedOn: todayInVietnam(),
      },
    });

  async function signedParties(id: string): Promise<string[]> {
    const rows = await api.database.orm.em.fork().find(AgreementSignatory, { agreement: id, signedOn: { $ne: null } });
    return rows.map((row) => row.party).sort();
  }

  it('with the same version seen: one is recorded, the other is told CONFLICT and leaves nothing behind', async () => {
    // Several rounds, so that the two transactions really interleave on the database at least once.
    for (let round = 0; round < 5; round++) {
      const id = await namedAgreement();
      const [agency, postOffice] = await Promise.all([
        sign(id, 'SOCIAL_INSURANCE_AGENCY', 4),
        sign(id, 'POST_OFFICE', 4),
      ]);
      const results = [agency, postOffice];
      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { id, version: 5 } });
      expect(winners[0]!.data!.recordSignature.version).toBe(5);

      // Exactly the winner's signature is stored: the loser's row update was rolled back with it.
      const winnerParty = winners[0] === agency ? 'SOCIAL_INSURANCE_AGENCY' : 'POST_OFFICE';
      expect(await signedParties(id)).toEqual([winnerParty]);
      const em = api.database.orm.em.fork();
      expect(await em.count(AuditRecord, { entityId: id, action: 'agreement.recordSignature' })).toBe(4);
    }
  });

  it('one after the other, each with the version the previous one answered: both are recorded, in order', async () => {
    const id = await namedAgreement();
    const agency = await sign(id, 'SOCIAL_INSURANCE_AGENCY', 4);
    expect(agency.data?.recordSignature.version).toBe(5);
    const postOffice = await sign(id, 'POST_OFFICE', agency.data!.recordSignature.version);
    expect(postOffice.errors).toBeUndefined();
    expect(postOffice.data?.recordSignature.version).toBe(6);
    expect(await signedParties(id)).toEqual(['POST_OFFICE', 'SOCIAL_INSURANCE_AGENCY']);
    // One audit record per write: three namings, then the two signatures.
    const audits = await api.database.orm.em
      .fork()
      .find(AuditRecord, { entityId: id, action: 'agreement.recordSignature' });
    expect(audits.map((audit) => (audit.after as { version: number }).version).sort()).toEqual([2, 3, 4, 5, 6]);
  });
});
