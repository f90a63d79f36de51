import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Role } from '@tripartite/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RoleEnum } from '../access/role-enum.js';

/** Validated with `createApiTokenRules` (@tripartite/shared/write-rules), as the app's form is. */
@InputType({ description: 'A new personal API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, 1 to 100 characters, such as `monthly report script`.' })
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until the token stops working, from 1 to 366; null: it works until revoked.',
  })
  expiresInDays?: number | null;
}

/** Validated with `createAccountRules` (@tripartite/shared/write-rules). */
@InputType({ description: 'A new account. Only admins create accounts.' })
export class CreateAccountInput {
  @Field(() => String, { description: 'Email address to sign in with; unique, case ignored.' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the app and the audit trail.' })
  displayName!: string;

  @Field(() => String, {
    description: `Initial password, ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
  })
  password!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The director’s agency; required for DIRECTOR, refused otherwise.' })
  agencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The coordinator’s post office; required for COORDINATOR, refused otherwise.',
  })
  postOfficeId?: string | null;
}
