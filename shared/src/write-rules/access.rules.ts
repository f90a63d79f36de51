import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from '../roles.js';
import { id } from './fields.js';
import { ruleMessage, says } from './rule-messages.js';

/** `createApiToken`'s input. */
export const createApiTokenRules = z.object({
  name: z
    .string()
    .trim()
    .min(1, says('tokenName'))
    .max(100, says('tooLong', { max: 100 })),
  expiresInDays: z
    .number()
    .int(says('wholeNumber'))
    .min(1, says('daysAtLeast', { min: 1 }))
    .max(366, says('daysAtMost', { max: 366 }))
    .nullish(),
});

export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, says('tooLong', { max: 254 }))
  .email(says('email'));

export const passwordRule = z
  .string()
  .min(MIN_PASSWORD_LENGTH, says('tooShort', { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, says('tooLong', { max: MAX_PASSWORD_LENGTH }));

/** `createAccount`'s input: a director names an agency, a coordinator a post office, no one else either. */
export const createAccountRules = z
  .object({
    email: emailRule,
    displayName: z
      .string()
      .trim()
      .min(1, says('displayName'))
      .max(150, says('tooLong', { max: 150 })),
    password: passwordRule,
    role: z.enum(ROLES),
    agencyId: id.nullish(),
    postOfficeId: id.nullish(),
  })
  .superRefine((input, context) => {
    const needs = (field: 'agencyId' | 'postOfficeId', required: boolean, role: string) => {
      if (required && !input[field])
        context.addIssue({ code: 'custom', path: [field], message: ruleMessage('requiredForRole', { role }) });
      if (!required && input[field])
        context.addIssue({ code: 'custom', path: [field], message: ruleMessage('onlyForRole', { role }) });
    };
    needs('agencyId', input.role === 'DIRECTOR', 'DIRECTOR');
    needs('postOfficeId', input.role === 'COORDINATOR', 'COORDINATOR');
  });

/** Sign-in arguments are bounded before any work: a 100 kB "email" is refused, not hashed or counted. */
export const signInRules = z.object({
  email: z.string().max(254, says('tooLong', { max: 254 })),
  password: z.string().max(MAX_PASSWORD_LENGTH, says('tooLong', { max: MAX_PASSWORD_LENGTH })),
});
