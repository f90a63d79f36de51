import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { assertId } from '../../validation.js';
import { appendAuditRecord, type Actor, type SystemActor } from '../audit/audit-trail.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { Account } from '../access/account.entity.js';
import { ApiToken } from '../access/api-token.entity.js';
import type { createAccountRules } from '@tripartite/shared/write-rules';
import { snapshotAccount } from './access-snapshots.js';
import { hashPassword } from '../access/password-hashing.js';
import { Session } from '../access/session.entity.js';

export type NewAccount = z.output<typeof createAccountRules>;

/** Creates accounts: through the API by an admin, or by the CLI for the first admin. */
export class AccountsService {
  constructor(private readonly em: EntityManager) {}

  /** Creates the account in one transaction with its audit record. */
  async create(input: NewAccount, actor: Actor | SystemActor): Promise<Account> {
    const passwordHash = await hashPassword(input.password);
    return this.em
      .transactional(async (em) => {
        if (await em.count(Account, { email: input.email })) {
          throw new InvalidInputError('input.email', `input.email: an account with ${input.email} already exists`);
        }
        const agency = input.agencyId ? await em.findOne(Agency, { id: input.agencyId }) : null;
        if (input.agencyId && !agency) throw new InvalidInputError('input.agencyId', 'input.agencyId: no such agency');
        const postOffice = input.postOfficeId ? await em.findOne(PostOffice, { id: input.postOfficeId }) : null;
        if (input.postOfficeId && !postOffice) {
          throw new InvalidInputError('input.postOfficeId', 'input.postOfficeId: no such post office');
        }
        const account = em.create(Account, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          agency,
          postOffice,
        });
        appendAuditRecord(em, actor, {
          action: 'account.create',
          entityType: 'Account',
          entityId: account.id,
          province: agency?.province ?? postOffice?.province ?? null,
          before: null,
          after: snapshotAccount(account),
        });
        return account;
      })
      .catch((error: unknown) => {
        // Two admins creating the same email at once: the unique index lets one in.
        if (error instanceof UniqueConstraintViolationException) {
          throw new InvalidInputError('input.email', `input.email: an account with ${input.email} already exists`);
        }
        throw error;
      });
  }

  /**
   * Disables or re-enables an account. A disabled account cannot sign in, its sessions end at
   * once and its API tokens stop working (they are checked against the account on every use).
   */
  async setActive(id: string, active: boolean, actor: Actor): Promise<Account> {
    assertId(id, 'id');
    if (!active && id === actor.viewer.accountId) {
      throw new InvalidInputError('id', 'You cannot disable your own account; ask another admin.');
    }
    return this.em.transactional(async (em) => {
      const account = await em.findOne(Account, { id });
      if (!account) throw new NotFoundError(`No account has id "${id}"`);
      if (account.active === active) return account;
      const before = snapshotAccount(account);
      account.active = active;
      if (!active) {
        // Disabling ends every way in: sessions are removed and tokens revoked for good, so
        // enabling the account again does not bring back a token that may have leaked.
        await em.nativeDelete(Session, { account: id });
        await em.nativeUpdate(ApiToken, { account: id, revokedAt: null }, { revokedAt: new Date() });
      }
      appendAuditRecord(em, actor, {
        action: active ? 'account.enable' : 'account.disable',
        entityType: 'Account',
        entityId: account.id,
        province: null,
        before,
        after: snapshotAccount(account),
      });
      return account;
    });
  }
}
