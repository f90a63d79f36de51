import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from '../errors.js';

/** The machine-readable codes clients can rely on, in `errors[].extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

function codeOf(error: DomainError): ErrorCode {
  if (error instanceof InvalidInputError) return 'BAD_USER_INPUT';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof UnauthenticatedError) return 'UNAUTHENTICATED';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof ConflictError) return 'CONFLICT';
  if (error instanceof RateLimitedError) return 'RATE_LIMITED';
  return 'INTERNAL_SERVER_ERROR';
}

/** What a client needs beside the code to act on the error. */
function detailsOf(error: DomainError): Record<string, unknown> {
  if (error instanceof InvalidInputError) return { field: error.field };
  if (error instanceof ConflictError) return { current: error.current };
  if (error instanceof RateLimitedError) return { retryAfterSeconds: error.retryAfterSeconds };
  return {};
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
      const extensions = { code: codeOf(original), ...detailsOf(original) };
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
