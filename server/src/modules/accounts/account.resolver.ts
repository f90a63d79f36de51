import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOptionalReference } from '../../db/load-reference.js';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { createAccountRules } from '@tripartite/shared/write-rules';
import { CreateAccountInput } from './access.inputs.js';
import { Account } from '../access/account.entity.js';
import { AccountsService } from './accounts.service.js';

@Resolver(() => Account)
export class AccountResolver {
  @Authorized('ADMIN')
  @Query(() => [Account], { description: 'Every account, by email. Admins only.' })
  accounts(@Ctx() { em }: RequestContext): Promise<Account[]> {
    return em.find(Account, {}, { orderBy: { email: 'asc' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => Account, {
    description: 'Creates an account. Admins only; the password is stored as an argon2id hash.',
  })
  createAccount(
    @Arg('input', () => CreateAccountInput, { description: 'The new account’s email, name, password, role and unit.' })
    input: CreateAccountInput,
    @Ctx() context: RequestContext,
  ): Promise<Account> {
    return new AccountsService(context.em).create(validateInput(createAccountRules, input), actorOf(context));
  }

  @Authorized('ADMIN')
  @Mutation(() => Account, {
    description:
      'Disables (`active: false`) or re-enables an account. Admins only. A disabled account cannot sign in, its sessions end at once and its API tokens stop working.',
  })
  setAccountActive(
    @Arg('id', () => ID, { description: 'The account’s id.' }) id: string,
    @Arg('active', () => Boolean, { description: 'False to disable, true to enable again.' }) active: boolean,
    @Ctx() context: RequestContext,
  ): Promise<Account> {
    return new AccountsService(context.em).setActive(id, active, actorOf(context));
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'A director’s agency; null for other roles.' })
  agency(@Root() account: Account): Promise<Agency | null> {
    return loadOptionalReference(account.agency);
  }

  @FieldResolver(() => PostOffice, {
    nullable: true,
    description: 'A coordinator’s post office; null for other roles.',
  })
  postOffice(@Root() account: Account): Promise<PostOffice | null> {
    return loadOptionalReference(account.postOffice);
  }
}
