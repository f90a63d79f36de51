import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Role } from '@tripartite/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { RoleEnum } from './role-enum.js';

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

export const createApiTokenRules = z.object({
  name: z.string().trim().min(1, 'give the token a name').max(100, 'at most 100 characters'),
  expiresInDays: z.number().int().min(1, 'at least 1 day').max(366, 'at most 366 days').nullish(),
});

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

export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'at most 254 characters')
  .email('not an email address');
export const passwordRule = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`);

export const createAccountRules = z
  .object({
    email: emailRule,
    displayName: z.string().trim().min(1, 'give a name').max(150, 'at most 150 characters'),
    password: passwordRule,
    role: z.enum(['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER']),
    agencyId: z.uuid('not a Tripartite identifier').nullish(),
    postOfficeId: z.uuid('not a Tripartite identifier').nullish(),
  })
  .superRefine((input, context) => {
    const needs = (field: 'agencyId' | 'postOfficeId', required: boolean, role: string) => {
      if (required && !input[field])
        context.addIssue({ code: 'custom', path: [field], message: `required for ${role}` });
      if (!required && input[field]) context.addIssue({ code: 'custom', path: [field], message: `only for ${role}` });
    };
    needs('agencyId', input.role === 'DIRECTOR', 'DIRECTOR');
    needs('postOfficeId', input.role === 'COORDINATOR', 'COORDINATOR');
  });

/** Sign-in arguments are bounded before any work: a 100 kB "email" is refused, not hashed or counted. */
export const signInRules = z.object({
  email: z.string().max(254, 'at most 254 characters'),
  password: z.string().max(MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`),
});
