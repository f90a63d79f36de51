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
