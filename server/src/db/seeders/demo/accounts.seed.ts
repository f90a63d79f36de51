import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '@tripartite/shared';
import { Account } from '../../../modules/access/account.entity.js';
import { hashPassword } from '../../../modules/access/password-hashing.js';
import type { Agency } from '../../../modules/organisations/agency.entity.js';
import type { PostOffice } from '../../../modules/organisations/post-office.entity.js';

/**
 * The demo password of every demo account, printed in the README. The demo seed runs only on
 * the embedded demo database and never in production (config refuses it), so these accounts
 * never exist where real data lives.
 */
export const DEMO_PASSWORD = 'tripartite-demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@tripartite.local', displayName: 'Quản trị viên (demo)', role: 'ADMIN' },
  { email: 'director.hcm@tripartite.local', displayName: 'Giám đốc BHXH TP.HCM (demo)', role: 'DIRECTOR' },
  {
    email: 'coordinator.hcm@tripartite.local',
    displayName: 'Điều phối viên Bưu điện TP.HCM (demo)',
    role: 'COORDINATOR',
  },
  { email: 'viewer@tripartite.local', displayName: 'Người xem (demo)', role: 'VIEWER' },
];

/** One account per role for Ho Chi Minh City: the director of its agency, the coordinator of its post office. */
export async function seedDemoAccounts(
  em: EntityManager,
  city: { agency: Agency; postOffice: PostOffice },
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    em.create(Account, {
      ...account,
      passwordHash,
      agency: account.role === 'DIRECTOR' ? city.agency : null,
      postOffice: account.role === 'COORDINATOR' ? city.postOffice : null,
    });
  }
}
