import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/seeders/demo/accounts.seed.js';
import { createTestAccount, TEST_PASSWORD } from '../../test-support/test-accounts.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { Account } from '../access/account.entity.js';
import { ApiToken } from '../access/api-token.entity.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { account { email role } expiresAt }
}`;
const VIEWER = '{ viewer { email role displayName agency { code } postOffice { code } } }';

/** Signs in over HTTP like the app does, returning the Set-Cookie header and the answer. */
async function signIn(api: TestServer, email: string, password: string, address = '127.0.0.1') {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { cookie: response.headers.get('set-cookie'), body };
}

/** A request carrying only the session cookie (the app's way), no API token. */
function withCookie(api: TestServer, cookie: string) {
  const pair = cookie.split(';')[0]!;
  return <T>(query: string) => api.graphql<T>(query, {}, { token: null, headers: { cookie: pair } });
}

describe.each(testDialects)('signing in and out, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets every demo account from the README sign in with the demo password', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const { body, cookie } = await signIn(api, demo.email, DEMO_PASSWORD);
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({ signIn: { account: { email: demo.email, role: demo.role } } });
      const viewer = await withCookie(
        api,
        cookie!,
      )<{ viewer: { role: string; agency: unknown; postOffice: unknown } }>(VIEWER);
      expect(viewer.data?.viewer.role).toBe(demo.role);
    }
    const director = await signIn(api, 'Director.HCM@tripartite.local', DEMO_PASSWORD);
    const asDirector = await withCookie(api, director.cookie!)<{ viewer: { agency: { code: string } } }>(VIEWER);
    expect(asDirector.data?.viewer.agency.code).toBe('BHXH-79');
  });

  it('sets an httpOnly, SameSite=Strict session cookie for /graphql and the printable agreements only', async () => {
    const { cookie } = await signIn(api, 'viewer@tripartite.local', DEMO_PASSWORD);
    expect(cookie).toMatch(/^tripartite_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/graphql');
    expect(cookie).toContain('Path=/agreements');
    expect(cookie).not.toContain('Path=/;');
    expect(cookie).toMatch(/Expires=/);
  });

  it('stores passwords as argon2id hashes and never the session secret', async () => {
    const em = api.database.orm.em.fork();
    const account = await em.findOneOrFail(
      Account,
      { email: 'admin@tripartite.local' },
      { populate: ['passwordHash'] },
    );
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.passwordHash).not.toContain(DEMO_PASSWORD);
    const { cookie } = await signIn(api, 'admin@tripartite.local', DEMO_PASSWORD);
    const signedIn = await api.database.orm.em.fork().findOneOrFail(Account, { email: 'admin@tripartite.local' });
    expect(signedIn.lastSignedInAt).toBeInstanceOf(Date);
    const secret = cookie!.split(';')[0]!.split('=')[1]!;
    const rows = await em.getConnection().execute<{ secret_hash: string }[]>('select secret_hash from session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.secret_hash)).not.toContain(secret);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await signIn(api, 'viewer@tripartite.local', 'not the password at all', '10.0.0.1');
    const unknown = await signIn(api, 'nobody@tripartite.local', 'not the password at all', '10.0.0.1');
    expect(wrong.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
    expect(wrong.cookie).toBeNull();
  });

  it('ends the session on sign-out: the cookie is cleared and no longer works', async () => {
    const { cookie } = await signIn(api, 'director.hcm@tripartite.local', DEMO_PASSWORD);
    const ask = withCookie(api, cookie!);
    const out = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0]! },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(await out.json()).toEqual({ data: { signOut: true } });
    expect(out.headers.get('set-cookie')).toMatch(/tripartite_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await ask<{ viewer: unknown }>(VIEWER);
    expect(after.data?.viewer).toBeNull();
    const refused = await ask('{ provinces { code } }');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Your session has ended; sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe.each(testDialects)('disabling an account, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('ends its sessions, revokes its tokens for good and refuses its sign-in until it is enabled again', async () => {
    const someone = await createTestAccount(api.database.orm, { role: 'DIRECTOR', agencyCode: 'BHXH-79' });
    const { cookie } = await signIn(api, someone.account.email, TEST_PASSWORD);
    const SET = 'mutation ($id: ID!, $active: Boolean!) { setAccountActive(id: $id, active: $active) { active } }';
    const disabled = await api.graphql(SET, { id: someone.account.id, active: false });
    expect(disabled.data).toEqual({ setAccountActive: { active: false } });
    expect((await withCookie(api, cookie!)<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    expect(
      (await api.graphql('{ provinces { code } }', {}, { token: someone.token })).errors?.[0]?.extensions?.['code'],
    ).toBe('UNAUTHENTICATED');
    expect(
      (await signIn(api, someone.account.email, TEST_PASSWORD, '10.9.0.1')).body.errors?.[0]?.extensions?.['code'],
    ).toBe('UNAUTHENTICATED');

    const enabled = await api.graphql(SET, { id: someone.account.id, active: true });
    expect(enabled.data).toEqual({ setAccountActive: { active: true } });
    // Signing in works again; the old token does not (it may be why the account was disabled).
    const again = await api.signIn(someone.account.email, TEST_PASSWORD);
    const asAgain = await withCookie(api, again)<{ viewer: { email: string } }>(VIEWER);
    expect(asAgain.data?.viewer.email).toBe(someone.account.email);
    const oldToken = await api.graphql('{ viewer { email } }', {}, { token: someone.token });
    expect(oldToken.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('will not let an admin disable their own account', async () => {
    const self = await api.graphql(
      `mutation { setAccountActive(id: "${api.admin.account.id}", active: false) { active } }`,
    );
    expect(self.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe.each(testDialects)('personal API tokens, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('are shown once, stored hashed, listed without the token, work as Bearer, and stop at revocation', async () => {
    const session = { token: null, headers: { cookie: await api.signIn('admin@tripartite.local', DEMO_PASSWORD) } };
    const created = await api.graphql<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string; name: string } };
    }>(
      'mutation { createApiToken(input: { name: "report script", expiresInDays: 30 }) { token apiToken { id prefix name } } }',
      {},
      session,
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^trp_[\w-]{43}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 8));

    const stored = await api.database.orm.em.fork().findOneOrFail(ApiToken, { id: apiToken.id });
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.secretHash).not.toContain(token);
    const listed = await api.graphql<{ apiTokens: Record<string, unknown>[] }>(
      '{ apiTokens { id name prefix revokedAt } }',
      {},
      session,
    );
    expect(listed.data?.apiTokens).toContainEqual({
      id: apiToken.id,
      name: 'report script',
      prefix: apiToken.prefix,
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(token);

    const asToken = await api.graphql<{ viewer: { email: string } }>('{ viewer { email } }', {}, { token });
    expect(asToken.data?.viewer.email).toBe('admin@tripartite.local');

    const revoked = await api.graphql<{ revokeApiToken: { revokedAt: string | null } }>(
      `mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`,
      {},
      session,
    );
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
    const refused = await api.graphql('{ provinces { code } }', {}, { token });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'The API token is unknown, expired or revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Even `viewer` says so, so a script with a dead token fails loudly rather than reading as anonymous.
    const viewer = await api.graphql('{ viewer { email } }', {}, { token });
    expect(viewer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('cannot be used to create more tokens: a leaked token must not outlive its revocation', async () => {
    const minted = await api.graphql('mutation { createApiToken(input: { name: "copy" }) { token } }');
    expect(minted.errors?.[0]).toMatchObject({
      message: 'API tokens are created from a signed-in session, not with another API token.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('stop at their expiry, and sessions at theirs', async () => {
    const em = api.database.orm.em.fork();
    const someone = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const cookie = await api.signIn(someone.account.email, TEST_PASSWORD);
    await em.nativeUpdate(ApiToken, { account: someone.account.id }, { expiresAt: new Date(Date.now() - 1000) });
    await em
      .getConnection()
      .execute('update session set expires_at = ? where account_id = ?', [
        new Date(Date.now() - 1000),
        someone.account.id,
      ]);
    const byToken = await api.graphql('{ provinces { code } }', {}, { token: someone.token });
    expect(byToken.errors?.[0]?.message).toBe('The API token is unknown, expired or revoked.');
    const bySession = await api.graphql('{ provinces { code } }', {}, { token: null, headers: { cookie } });
    expect(bySession.errors?.[0]?.message).toBe('Your session has ended; sign in again.');
  });

  it('refuses a malformed Authorization header and an invented token', async () => {
    const basic = await api.graphql(
      '{ provinces { code } }',
      {},
      { token: null, headers: { authorization: 'Basic abc' } },
    );
    expect(basic.errors?.[0]?.message).toContain('Bearer');
    const invented = await api.graphql('{ provinces { code } }', {}, { token: 'trp_invented' });
    expect(invented.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('cannot revoke someone else’s token: it is not found', async () => {
    const adminSession = {
      token: null,
      headers: { cookie: await api.signIn('admin@tripartite.local', DEMO_PASSWORD) },
    };
    const mine = await api.graphql<{ createApiToken: { apiToken: { id: string } } }>(
      'mutation { createApiToken(input: { name: "mine" }) { apiToken { id } } }',
      {},
      adminSession,
    );
    const viewerSignIn = await signIn(api, 'viewer@tripartite.local', DEMO_PASSWORD);
    const asViewer = withCookie(api, viewerSignIn.cookie!);
    const attempt = await asViewer(
      `mutation { revokeApiToken(id: "${mine.data!.createApiToken.apiToken.id}") { id } }`,
    );
    expect(attempt.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('validates the token input, naming the field', async () => {
    const session = { token: null, headers: { cookie: await api.signIn('admin@tripartite.local', DEMO_PASSWORD) } };
    const noName = await api.graphql('mutation { createApiToken(input: { name: "  " }) { token } }', {}, session);
    expect(noName.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const tooLong = await api.graphql(
      'mutation { createApiToken(input: { name: "x", expiresInDays: 1000 }) { token } }',
      {},
      session,
    );
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.expiresInDays' });
  });
});
