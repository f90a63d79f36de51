/**
 * Errors the domain speaks in. Services throw these; `graphql/error-codes.ts` is the one place
 * that turns them into GraphQL error codes, so no service knows about GraphQL or HTTP.
 */
export abstract class DomainError extends Error {
  override name = this.constructor.name;
}

/** The input broke a rule; `field` names the argument or input field at fault. */
export class InvalidInputError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Nothing exists under the given identifier (at the given date, where dates matter). */
export class NotFoundError extends DomainError {}

/** Nobody is signed in, or the session or API token presented is unknown, expired or revoked. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in, or send a valid API token as `Authorization: Bearer <token>`.') {
    super(message);
  }
}

/** Whoever asks is known, but their role or scope does not reach what they asked for. */
export class ForbiddenError extends DomainError {}

/**
 * The write was based on a version someone else has since changed. `current` is the state as it
 * now stands, so the user can look again and decide, instead of losing either change.
 */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly current: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Too many attempts in a short time (failed sign-ins); try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
