import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { createApiTokenRules } from '@tripartite/shared/write-rules';
import { CreateApiTokenInput } from './access.inputs.js';
import { CreatedApiToken } from './access-results.type.js';
import { ApiToken } from '../access/api-token.entity.js';
import { ApiTokensService } from './api-tokens.service.js';

@Resolver()
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [ApiToken], {
    description: 'Your own API tokens, newest first, revoked ones included (never the tokens themselves).',
  })
  apiTokens(@Ctx() { em, viewer }: RequestContext): Promise<ApiToken[]> {
    return new ApiTokensService(em).mine(viewer!.accountId);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates a personal API token for your own tools. It acts with your role and scope; the token is in the answer once and never again.',
  })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token’s name and lifetime.' })
    input: CreateApiTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<CreatedApiToken> {
    const { name, expiresInDays } = validateInput(createApiTokenRules, input);
    return new ApiTokensService(context.em).create(actorOf(context), name, expiresInDays ?? null);
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens at once. Admins may revoke anyone’s.' })
  revokeApiToken(
    @Arg('id', () => ID, { description: 'The token’s id (from `apiTokens`), not the token.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ApiToken> {
    return new ApiTokensService(context.em).revoke(actorOf(context), id);
  }
}
