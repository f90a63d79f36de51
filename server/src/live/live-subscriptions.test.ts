import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { draftAgreement, SPARE_HANOI_WARDS, type RoleAccounts } from '../test-support/access-fixtures.js';
import { createTestAccount, TEST_PASSWORD } from '../test-support/test-accounts.js';
import { testDialects } from '../test-support/test-databases.js';
import {
  AGREEMENT_CHANGED,
  PROGRESS_CHANGED,
  recordAgreementEvent,
  startLiveTestServer,
  subscribe,
  subscribeNow,
  until,
  type LiveTestServer,
} from '../test-support/live-clients.js';
import type { TestServer } from '../test-support/test-server.js';

const RECORD_SIGNATURE = `mutation ($input: RecordSignatureInput!) { recordSignature(input: $input) { version } }`;

describe.each(testDialects)('live subscriptions over graphql-ws, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let server: LiveTestServer;
  const spare = [...SPARE_HANOI_WARDS];
  const open: LiveTestServer['open'] = (how) => server.open(how);

  beforeAll(async () => {
    server = await startLiveTestServer(dialect);
    ({ api, accounts } = server);
  }, 120_000);
  afterAll(() => server.close());

  it('sends a change made through the API to a token subscriber, re-read through each subscriber’s scope', async () => {
    const director = open({ token: accounts.directorHanoi.token });
    const otherCoordinator = open({ token: accounts.coordinatorHcm.token });
    const elsewhere = open({ token: accounts.directorHcm.token });
    await subscribeNow(api, director, AGREEMENT_CHANGED, { code: '01' });
    await subscribeNow(api, director, PROGRESS_CHANGED, { code: '01' });
    await subscribeNow(api, otherCoordinator, AGREEMENT_CHANGED, { code: '01' });
    await subscribeNow(api, elsewhere, AGREEMENT_CHANGED, { code: '79' });

    const id = await draftAgreement(api, spare.pop()!);
    await until(() => director.events.length >= 2 && otherCoordinator.events.length >= 1, 'the draft');
    const seen = director.events.find((event) => 'agreementChanged' in event)!['agreementChanged'];
    expect(seen).toMatchObject({ id, status: 'DRAFTING', version: 1, viewerCanChange: true });
    expect(director.events.find((event) => 'signingProgressChanged' in event)).toBeTruthy();
    // The same change, as a coordinator of another post office may see it: not theirs to change.
    expect(otherCoordinator.events[0]!['agreementChanged']).toMatchObject({ id, viewerCanChange: false });

    const signed = await api.graphql(RECORD_SIGNATURE, {
      input: { agreementId: id, expectedVersion: 1, party: 'POST_OFFICE', name: 'Nguyễn Văn A', title: 'Giám đốc' },
    });
    expect(signed.errors).toBeUndefined();
    await until(() => director.events.filter((event) => 'agreementChanged' in event).length >= 2, 'the signature');
    expect(director.events.filter((event) => 'agreementChanged' in event).at(-1)!['agreementChanged']).toMatchObject({
      id,
      version: 2,
      signatories: [{ party: 'POST_OFFICE', name: 'Nguyễn Văn A' }],
    });
    // Another province's subscriber heard nothing.
    expect(elsewhere.events).toEqual([]);
  });

  it('accepts the session cookie from the app’s own origin only, and nothing without credentials', async () => {
    const cookie = await api.signIn(accounts.directorHanoi.account.email, TEST_PASSWORD);
    const app = open({ cookie, origin: api.url });
    await subscribeNow(api, app, AGREEMENT_CHANGED, { code: '01' });
    const id = await draftAgreement(api, spare.pop()!);
    await until(() => app.events.length >= 1, 'the cookie subscriber’s event');
    expect(app.events[0]!['agreementChanged']).toMatchObject({ id });

    const hijacker = open({ cookie, origin: 'https://evil.example' });
    expect(await hijacker.closed).toMatchObject({ code: 4403 });
    const anonymous = open({});
    expect(await anonymous.closed).toMatchObject({ code: 4401 });
    const badToken = open({ token: 'tpt_not-a-token' });
    expect(await badToken.closed).toMatchObject({ code: 4401 });
  });

  it('ends the connection with 4401 when its session signs out or its token is revoked', async () => {
    const cookie = await api.signIn(accounts.viewer.account.email, TEST_PASSWORD);
    const app = open({ cookie, origin: api.url });
    await subscribeNow(api, app, AGREEMENT_CHANGED, { code: '01' });
    const signOut = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(signOut.status).toBe(200);
    expect(await app.closed).toMatchObject({ code: 4401 });

    const script = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const live = open({ token: script.token });
    await subscribeNow(api, live, AGREEMENT_CHANGED, { code: '01' });
    const tokens = await api.graphql<{ apiTokens: { id: string }[] }>(
      '{ apiTokens { id } }',
      {},
      { token: script.token },
    );
    const revoked = await api.graphql(
      'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: tokens.data!.apiTokens[0]!.id },
      { token: script.token },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await live.closed).toMatchObject({ code: 4401 });
  });

  it('ends the connection with 4403 when the account is disabled', async () => {
    const someone = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const live = open({ token: someone.token });
    await subscribeNow(api, live, PROGRESS_CHANGED, { code: '01' });
    const disabled = await api.graphql('mutation ($id: ID!) { setAccountActive(id: $id, active: false) { id } }', {
      id: someone.account.id,
    });
    expect(disabled.errors).toBeUndefined();
    expect(await live.closed).toMatchObject({ code: 4403 });
  });

  it('delivers a change only after its transaction commits, and never one that rolls back', async () => {
    const live = open({ token: accounts.directorHanoi.token });
    await subscribeNow(api, live, AGREEMENT_CHANGED, { code: '01' });
    const id = await draftAgreement(api, spare.pop()!);
    await until(() => live.events.length >= 1, 'the draft');
    live.events.length = 0;

    const orm = api.database.orm;
    const agreement = await orm.em.fork().findOneOrFail(Agreement, { id }, { populate: ['ward.province'] });
    const record = (em: typeof orm.em) => recordAgreementEvent(em, id, agreement.ward.province.id);
    await orm.em.fork().transactional(async (em) => {
      record(em);
      await em.flush();
      await sleep(400);
      expect(live.events).toEqual([]);
    });
    await until(() => live.events.length >= 1, 'the committed change');

    live.events.length = 0;
    await expect(
      orm.em.fork().transactional(async (em) => {
        record(em);
        await em.flush();
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await sleep(600);
    expect(live.events).toEqual([]);
  });

  it('applies the query limits to subscription documents, and serves only subscriptions', async () => {
    const live = open({ token: accounts.directorHanoi.token });
    const deep = `subscription { agreementChanged(provinceCode: "01") { ward { province { wards { agreements { ward { province { wards { agreements { ward { province { code } } } } } } } } } } } }`;
    subscribe(live, deep);
    subscribe(live, '{ provinces { code } }');
    await until(() => live.errors.length >= 2, 'two refusals');
    const said = live.errors.map((error) => JSON.stringify(error));
    expect(said.some((text) => /depth/i.test(text))).toBe(true);
    expect(said.some((text) => /Only subscriptions/.test(text))).toBe(true);
  });
});
