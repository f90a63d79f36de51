import type { MikroORM } from '@mikro-orm/sql';
import type { Role } from '@tripartite/shared';
import { Account } from '../modules/access/account.entity.js';
import { ApiToken } from '../modules/access/api-token.entity.js';
import { hashPassword } from '../modules/access/password-hashing.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../modules/access/secrets.js';
import { Agency } from '../modules/organisations/agency.entity.js';
import { PostOffice } from '../modules/organisations/post-office.entity.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type TestAccount = { account: Account; token: string };

/**
 * An account and a working API token, written straight to the database: fixtures for tests,
 * so the audit trail holds only what the tests themselves do through the API.
 */
export async function createTestAccount(
  orm: MikroORM,
  options: { role: Role; agencyCode?: string; postOfficeCode?: string; email?: string },
): Promise<TestAccount> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const em = orm.em.fork();
  const agency = options.agencyCode ? await em.findOneOrFail(Agency, { code: options.agencyCode }) : null;
  const postOffice = options.postOfficeCode
    ? await em.findOneOrFail(PostOffice, { code: options.postOfficeCode })
    : null;
  const account = em.create(Account, {
    email: options.email ?? `${options.role.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}@test.local`,
    displayName: `Test ${options.role.toLowerCase()}`,
    passwordHash: await passwordHash,
    role: options.role,
    agency,
    postOffice,
  });
  const token = newSecret(API_TOKEN_PREFIX);
  em.create(ApiToken, { account, name: 'test', prefix: token.slice(0, 8), secretHash: hashSecret(token) });
  await em.flush();
  return { account, token };
}
