import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleAccounts,
  draftAgreement,
  signedWardCodes,
  type RoleAccounts,
} from '../../test-support/access-fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { Province } from '../geography/province.entity.js';
import { Publication } from '../participation/publication.entity.js';
import { Target } from '../targets/target.entity.js';
import { appendAuditRecord } from './audit-trail.js';
import { AuditRecord } from './audit-record.entity.js';

type Page = {
  auditRecords: {
    totalCount: number;
    nodes: {
      action: string;
      entityId: string;
      actor: string;
      requestId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
  };
};
const TRAIL = `query ($filter: AuditRecordFilter, $first: Int) {
  auditRecords(filter: $filter, first: $first) { totalCount nodes { action entityId actor requestId clientRequestId before after } }
}`;

describe.each(testDialects)('the audit trail, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let freeWards: string[];
  beforeAll(async () => {
    api = await startTestServer(dialect);
    accounts = await createRoleAccounts(api);
    freeWards = await signedWardCodes(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('holds one record per successful write, none for a refused one, with the request id', async () => {
    const count = () => api.database.orm.em.fork().count(AuditRecord);
    const start = await count();
    const id = await draftAgreement(api, freeWards.pop()!);
    const writes: [string, Record<string, unknown>, boolean][] = [
      [
        'mutation ($id: ID!) { changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: 1 }) { id } }',
        { id },
        true,
      ],
      [
        'mutation ($id: ID!) { changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: 1 }) { id } }',
        { id },
        false,
      ],
      [
        'mutation ($id: ID!) { changeAgreementStatus(input: { agreementId: $id, status: SIGNED, expectedVersion: 2, effectiveFrom: "2026-12-01" }) { id } }',
        { id },
        false,
      ],
      [
        'mutation ($id: ID!) { recordSignature(input: { agreementId: $id, expectedVersion: 2, party: POST_OFFICE, name: "Lê Văn Cường", title: "Giám đốc" }) { id } }',
        { id },
        true,
      ],
      [
        'mutation { setTarget(input: { wardCode: "26743", scheme: HOUSEHOLD_HEALTH_INSURANCE, year: 2027, totalParticipants: 900, retainedParticipants: 800, newParticipants: 100, source: { title: "Kế hoạch 2027", publisher: "BHXH TP.HCM" } }) { id } }',
        {},
        true,
      ],
      [
        'mutation { setTarget(input: { wardCode: "26743", scheme: HOUSEHOLD_HEALTH_INSURANCE, year: 2027, totalParticipants: 900, retainedParticipants: 800, newParticipants: 99, source: { title: "Kế hoạch 2027", publisher: "BHXH TP.HCM" } }) { id } }',
        {},
        false,
      ],
    ];
    let succeeded = 1; // the draft
    for (const [query, variables, ok] of writes) {
      const result = await api.graphql(query, variables, {
        token: accounts.directorHcm.token,
        headers: { 'x-request-id': `audit-test-${succeeded}` },
      });
      expect(result.errors === undefined, JSON.stringify(result.errors)).toBe(ok);
      if (ok) succeeded++;
    }
    expect((await count()) - start).toBe(succeeded);

    const page = await api.graphql<Page>(TRAIL, { filter: { entityType: 'Agreement', entityId: id } });
    expect(page.data?.auditRecords.nodes.map((record) => record.action)).toEqual([
      'agreement.recordSignature',
      'agreement.changeStatus',
      'agreement.create',
    ]);
    const [signature, change] = page.data!.auditRecords.nodes;
    expect(change).toMatchObject({
      before: { status: 'DRAFTING', version: 1 },
      after: { status: 'AWAITING_SIGNATURES', version: 2 },
      clientRequestId: 'audit-test-1',
    });
    // Our own id, whatever the client called its request.
    expect(change!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(change!.actor).toBe(`Test director <${accounts.directorHcm.account.email}>`);
    expect(signature!.after?.['signatories']).toEqual([
      { party: 'POST_OFFICE', name: 'Lê Văn Cường', title: 'Giám đốc', signedOn: null },
    ]);
  });

  it('matches the agreement’s status history step for step', async () => {
    const id = await draftAgreement(api, freeWards.pop()!);
    for (const [status, version] of [
      ['AWAITING_SIGNATURES', 1],
      ['DRAFTING', 2],
      ['TERMINATED', 3],
    ] as const) {
      await api.graphql(
        `mutation { changeAgreementStatus(input: { agreementId: "${id}", status: ${status}, expectedVersion: ${version}, note: "bước" }) { id } }`,
      );
    }
    const agreement = await api.graphql<{
      agreement: { history: { fromStatus: string | null; toStatus: string; changedBy: string }[] };
    }>(`{ agreement(id: "${id}") { history { fromStatus toStatus changedBy } } }`);
    const trail = await api.graphql<Page>(TRAIL, { filter: { entityId: id } });
    const fromTrail = [...trail.data!.auditRecords.nodes].reverse().map((record) => ({
      fromStatus: (record.before?.['status'] as string | undefined) ?? null,
      toStatus: record.after?.['status'],
      // History shows the name only (every role reads it); the trail keeps the email too.
      changedBy: record.actor.replace(/ <[^>]+>$/, ''),
    }));
    expect(agreement.data?.agreement.history).toEqual(fromTrail);
  });

  it('shows a director only the records of their province, and nobody else below director', async () => {
    await api.graphql(
      'mutation { setTarget(input: { provinceCode: "01", scheme: VOLUNTARY_SOCIAL_INSURANCE, year: 2027, totalParticipants: 5000, source: { title: "KH", publisher: "BHXH Hà Nội" } }) { id } }',
    );
    const hcm = await api.graphql<Page>(TRAIL, { first: 100 }, { token: accounts.directorHcm.token });
    const hanoi = await api.graphql<Page>(TRAIL, { first: 100 }, { token: accounts.directorHanoi.token });
    const all = await api.graphql<Page>(TRAIL, { first: 100 });
    expect(hanoi.data!.auditRecords.totalCount).toBe(1);
    expect(hanoi.data!.auditRecords.nodes[0]?.after).toMatchObject({ totalParticipants: 5000 });
    expect(hcm.data!.auditRecords.totalCount + 1).toBeLessThanOrEqual(all.data!.auditRecords.totalCount);
    expect(hcm.data!.auditRecords.nodes.some((record) => record.after?.['totalParticipants'] === 5000)).toBe(false);
    for (const account of [accounts.viewer, accounts.coordinatorHcm]) {
      const refused = await api.graphql(TRAIL, {}, { token: account.token });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  // Through the API, the losers of the concurrency tests fail at this very point on PostgreSQL (their
  // versioned UPDATE matches no row after their audit record is queued) and leave no record; this
  // test makes the database refuse a write on both databases, whatever the order of statements.
  it('keeps neither the data nor its queued record when the database refuses the transaction', async () => {
    const em = api.database.orm.em.fork();
    const province = await em.findOneOrFail(Province, { code: '79', validTo: null });
    const before = { targets: await em.count(Target), audits: await em.count(AuditRecord) };
    await expect(
      em.transactional(async (tx) => {
        const source = tx.create(Publication, { title: 'x', publisher: 'y' });
        // total 0 breaks the database's own check, after the audit record is queued.
        const target = tx.create(Target, {
          province,
          scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
          year: 2040,
          totalParticipants: 0,
          source,
        });
        appendAuditRecord(
          tx,
          {
            viewer: {
              accountId: accounts.admin.account.id,
              email: 'a@b',
              displayName: 'A',
              role: 'ADMIN',
              agencyId: null,
              postOfficeId: null,
              via: { kind: 'token', tokenId: 'x' },
            },
            requestId: 'r',
          },
          {
            action: 'target.set',
            entityType: 'Target',
            entityId: target.id,
            province,
            before: null,
            after: { totalParticipants: 0 },
          },
        );
      }),
    ).rejects.toThrow(/check/i);
    const fresh = api.database.orm.em.fork();
    expect({ targets: await fresh.count(Target), audits: await fresh.count(AuditRecord) }).toEqual(before);
  });
});
