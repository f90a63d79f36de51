import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleAccounts, draftAgreement, signedWardCodes } from '../../test-support/access-fixtures.js';
import { testDialects } from '../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const PAGE = `query ($id: ID!) {
  agreement(id: $id) {
    id version createdAt updatedAt status
    ward { code province { code } currentAgreement { id version updatedAt } }
    agency { code } postOffice { code }
    signatories { party name signedOn }
    history { sequence toStatus changedAt changedBy }
  }
}`;

type Page = {
  agreement: {
    version: number;
    createdAt: string;
    updatedAt: string;
    ward: { currentAgreement: { id: string; version: number; updatedAt: string } };
    history: { sequence: number; changedAt: string }[];
  };
};

const WRITE = /^\[query\] (insert|update|delete)\b/i;
/** Authentication notes when an API token was last used, at most once a minute: bookkeeping, not a change. */
const TOKEN_LAST_USED = /^\[query\] update [`"]api_token[`"] set [`"]last_used_at[`"] = \? where/i;
/** The table each write statement touches, e.g. `update agreement`. */
const writesOf = (statements: string[]) =>
  statements
    .filter((statement) => WRITE.test(statement) && !TOKEN_LAST_USED.test(statement))
    .map((statement) => /^\[query\] (\w+) (?:into |from )?[`"](\w+)[`"]/i.exec(statement)!.slice(1).join(' '));

/**
 * Reading an agreement, or anything the request has loaded, never writes it: only the rows a
 * mutation changes are written, each agreement's version goes up by exactly one per change and
 * `createdAt` is never part of an UPDATE. On SQLite a loaded `Date` once looked changed, so a
 * mutation's flush rewrote every datetime the request had read and bumped other agreements' versions.
 */
describe.each(testDialects)('what reads and mutations write, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  let renewal: string;
  let signed: Page['agreement']['ward']['currentAgreement'];
  const page = async (id: string, token?: string) => {
    const result = await api.graphql<Page>(PAGE, { id }, token ? { token } : undefined);
    expect(result.errors).toBeUndefined();
    return result.data!.agreement;
  };
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    // A renewal drafted for a ward whose signed agreement speaks for it: two agreements in one page.
    renewal = await draftAgreement(api, (await signedWardCodes(api))[0]!);
    signed = (await page(renewal)).ward.currentAgreement;
    expect(signed.id).not.toBe(renewal);
  });
  afterAll(async () => {
    await api.close();
  });

  it('reads the agreement page, history, signatories and parties without writing anything', async () => {
    statements.length = 0;
    const first = await page(renewal);
    const second = await page(renewal);
    expect(writesOf(statements)).toEqual([]);
    expect(second).toEqual(first);
  });

  it('runs two mutations in one request after reading another agreement: only the changed one is written', async () => {
    const before = await page(renewal);
    statements.length = 0;
    const result = await api.graphql<{ moved: Page['agreement']; signature: { version: number } }>(
      `mutation ($id: ID!, $version: Int!, $next: Int!) {
        moved: changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: $version }) {
          version createdAt ward { currentAgreement { id version updatedAt } } history { sequence changedAt }
        }
        signature: recordSignature(input: {
          agreementId: $id, expectedVersion: $next, party: POST_OFFICE, name: "Lê Văn Cường", title: "Giám đốc"
        }) { version }
      }`,
      { id: renewal, version: before.version, next: before.version + 1 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.moved.version).toBe(before.version + 1);
    expect(result.data!.signature.version).toBe(before.version + 2);
    const written = writesOf(statements).sort();
    const createdAtRewrites = statements.filter((statement) => /^\[query\] update .*created_at/i.test(statement));
    const after = await page(renewal);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.history.slice(0, before.history.length)).toEqual(before.history);
    // The signed agreement the first mutation's answer read is as it was.
    expect(after.ward.currentAgreement).toEqual(signed);
    // Nothing else was written, by the answer's reads or the authentication's: only the changed rows.
    expect(written).toEqual(
      [
        'insert agreement_status_change',
        'update agreement',
        'insert audit_record',
        'insert agreement_signatory',
        'update agreement',
        'insert audit_record',
      ].sort(),
    );
    expect(createdAtRewrites).toEqual([]);
  });

  it('lets a director change a status through their scope: version +1, createdAt and history untouched', async () => {
    const { directorHcm } = await createRoleAccounts(api);
    const id = await draftAgreement(api, (await signedWardCodes(api))[1]!);
    const before = await page(id, directorHcm.token);
    statements.length = 0;
    const result = await api.graphql<{ changeAgreementStatus: { version: number } }>(
      `mutation ($id: ID!, $version: Int!) {
        changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: $version }) { version }
      }`,
      { id, version: before.version },
      { token: directorHcm.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeAgreementStatus.version).toBe(before.version + 1);
    expect(writesOf(statements).sort()).toEqual(
      ['insert agreement_status_change', 'insert audit_record', 'update agreement'].sort(),
    );
    expect(statements.filter((statement) => /^\[query\] update .*created_at/i.test(statement))).toEqual([]);
    const after = await page(id, directorHcm.token);
    expect(after.version).toBe(before.version + 1);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.history.slice(0, before.history.length)).toEqual(before.history);
    expect(after.ward.currentAgreement).toEqual(before.ward.currentAgreement);
  });
});
