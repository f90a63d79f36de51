import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Account } from '../access/account.entity.js';
import { ApiToken } from '../access/api-token.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A successful sign-in: the account, and when the session ends.' })
export class SignInResult {
  @Field(() => Account, { description: 'The account now signed in.' })
  account!: Account;

  @Field(() => GraphQLISODateTime, { description: 'When the session (and its cookie) expires.' })
  expiresAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A new API token. `token` is shown now and never again: store it safely.',
})
export class CreatedApiToken {
  @Field(() => String, { description: 'The token to send as `Authorization: Bearer <token>`. Shown only this once.' })
  token!: string;

  @Field(() => ApiToken, { description: 'The token’s record, as `apiTokens` lists it.' })
  apiToken!: ApiToken;
}
