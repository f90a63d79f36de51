import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { draftAgreement, SPARE_HANOI_WARDS, type RoleAccounts } from '../test-support/access-fixtures.js';
import {
  AGREEMENT_CHANGED,
  PROGRESS_CHANGED,
  recordAgreementEvent,
  startLiveTestServer,
  subscribeNow,
  until,
  type Live,
  type LiveTestServer,
} from '../test-support/live-clients.js';
import { createTestAccount } from '../test-support/test-accounts.js';
import { testDialects } from '../test-support/test-databases.js';
import type { TestServer } from '../test-support/test-server.js';

const AGREEMENT_VERSION = `subscription ($code: String!) { agreementChanged(provinceCode: $code) { id version } }`;

/** Statements that read the agreement table itself (not its signatories or history). */
const READS_AGREEMENT = /\bselect\b.*\bfrom [`"]agreement[`"] /is;

/** Re-reads the server counted for one subscription field (`tripartite_live_reads_total`). */
async function liveReads(api: TestServer, subscription: string): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`tripartite_live_reads_total{subscription="${subscription}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/**
 * One event for everyone who watches an agreement's province: an audit record about it, written
 * straight through the ORM (as an import would), so the write itself reads no agreement and every
 * read of the agreement table afterwards is a subscriber's re-read.
 */
async function announce(api: TestServer, agreementId: string, provinceId: string): Promise<void> {
  await api.database.orm.em.fork().transactional(async (em) => {
    recordAgreementEvent(em, agreementId, provinceId);
  });
}

describe.each(testDialects)('a live change is re-read once per view and shared, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let server: LiveTestServer;
  const statements: string[] = [];
  const spare = [...SPARE_HANOI_WARDS].reverse();
  const open = (token: string) => server.open({ token });
  const changesOf = (live: Live) => live.events.filter((event) => 'agreementChanged' in event);

  /** A fresh draft in Hanoi that every listed subscriber has heard of; then the statement log is emptied. */
  async function draftHeardBy(lives: Live[]): Promise<{ id: string; provinceId: string }> {
    const id = await draftAgreement(api, spare.pop()!);
    await until(() => lives.every((live) => changesOf(live).length >= 1), 'the draft');
    const agreement = await api.database.orm.em.fork().findOneOrFail(Agreement, { id }, { populate: ['ward'] });
    for (const live of lives) live.events.length = 0;
    statements.length = 0;
    return { id, provinceId: agreement.ward.province.id };
  }

  beforeAll(async () => {
    server = await startLiveTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    ({ api, accounts } = server);
  }, 120_000);
  afterAll(() => server.close());

  it('six subscribers of one access scope and document (two people, three connections each) cost one re-read per event', async () => {
    const colleague = await createTestAccount(api.database.orm, { role: 'DIRECTOR', agencyCode: 'BHXH-01' });
    const directors = [accounts.directorHanoi.token, colleague.token].flatMap((token) => [
      open(token),
      open(token),
      open(token),
    ]);
    for (const live of directors) await subscribeNow(api, live, AGREEMENT_CHANGED, { code: '01' });
    const { id, provinceId } = await draftHeardBy(directors);
    const readsBefore = await liveReads(api, 'agreementChanged');

    await announce(api, id, provinceId);
    await until(() => directors.every((live) => changesOf(live).length >= 1), 'the change, by all six');
    expect(statements.filter((statement) => READS_AGREEMENT.test(statement))).toHaveLength(1);
    expect((await liveReads(api, 'agreementChanged')) - readsBefore).toBe(1);
    for (const live of directors) {
      expect(changesOf(live)).toEqual([
        { agreementChanged: { id, status: 'DRAFTING', version: 1, viewerCanChange: true, signatories: [] } },
      ]);
    }
  });

  it('subscribers of two access scopes each get their own view, one re-read per scope and per document', async () => {
    const directors = [open(accounts.directorHanoi.token), open(accounts.directorHanoi.token)];
    const coordinators = [open(accounts.coordinatorHcm.token), open(accounts.coordinatorHcm.token)];
    const brief = open(accounts.directorHanoi.token);
    for (const live of [...directors, ...coordinators])
      await subscribeNow(api, live, AGREEMENT_CHANGED, { code: '01' });
    await subscribeNow(api, brief, AGREEMENT_VERSION, { code: '01' });
    const everyone = [...directors, ...coordinators, brief];
    const { id, provinceId } = await draftHeardBy(everyone);

    await announce(api, id, provinceId);
    await until(() => everyone.every((live) => changesOf(live).length >= 1), 'the change, by all five');
    // Hanoi's director, another province's coordinator, and the director's shorter document.
    expect(statements.filter((statement) => READS_AGREEMENT.test(statement))).toHaveLength(3);
    for (const live of directors)
      expect(changesOf(live)[0]!['agreementChanged']).toMatchObject({ id, viewerCanChange: true });
    for (const live of coordinators)
      expect(changesOf(live)[0]!['agreementChanged']).toMatchObject({ id, viewerCanChange: false });
    expect(changesOf(brief)).toEqual([{ agreementChanged: { id, version: 1 } }]);
  });

  it('reads signing progress once for every subscriber of one view', async () => {
    const watchers = [open(accounts.viewer.token), open(accounts.viewer.token), open(accounts.viewer.token)];
    for (const live of watchers) await subscribeNow(api, live, PROGRESS_CHANGED, { code: '01' });
    const before = await liveReads(api, 'signingProgressChanged');
    await draftAgreement(api, spare.pop()!);
    await until(() => watchers.every((live) => live.events.length >= 1), 'the new progress, by all three');
    expect((await liveReads(api, 'signingProgressChanged')) - before).toBe(1);
    const [first, ...others] = watchers.map((live) => live.events[0]);
    for (const other of others) expect(other).toEqual(first);
  });

  it('ends only the disabled account’s connection among several that share a view; the others go on hearing', async () => {
    const leaving = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const staying = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const gone = open(leaving.token);
    const kept = [open(staying.token), open(accounts.viewer.token)];
    for (const live of [gone, ...kept]) await subscribeNow(api, live, AGREEMENT_CHANGED, { code: '01' });
    const disabled = await api.graphql('mutation ($id: ID!) { setAccountActive(id: $id, active: false) { id } }', {
      id: leaving.account.id,
    });
    expect(disabled.errors).toBeUndefined();
    expect(await gone.closed).toMatchObject({ code: 4403 });

    const id = await draftAgreement(api, spare.pop()!);
    await until(
      () =>
        kept.every((live) => changesOf(live).some((event) => (event['agreementChanged'] as { id: string }).id === id)),
      'the draft',
    );
    expect(gone.events).toEqual([]);
  });
});
