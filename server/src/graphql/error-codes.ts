import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidInputError, NotFoundError } from '../errors.js';

/** The machine-readable codes clients can rely on, in `errors[].extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

function codeOf(error: DomainError): ErrorCode {
  if (error instanceof InvalidInputError) return 'BAD_USER_INPUT';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's `formatError`: the one place where domain errors become GraphQL error codes.
 * Anything unexpected is reported without its message or stack outside development, so no
 * SQL or internals reach a client.
 */
export function createErrorFormatter(options: { exposeInternals: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: codeOf(original) };
      if (original instanceof InvalidInputError) extensions['field'] = original.field;
      return { message: original.message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
    }
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' && !options.exposeInternals) {
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code },
      };
    }
    return formatted;
  };
}
