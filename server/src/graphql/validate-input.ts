import { type z } from 'zod';
import { InvalidInputError } from '../errors.js';

/**
 * Validates a mutation's input at the edge with its zod schema. The first problem becomes a
 * `BAD_USER_INPUT` error naming the field as the client wrote it (`input.expectedVersion`).
 */
export function validateInput<S extends z.ZodType>(schema: S, value: unknown, argument = 'input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = [argument, ...issue.path.map(String)].filter(Boolean).join('.');
  throw new InvalidInputError(field, `${field}: ${issue.message}`);
}
