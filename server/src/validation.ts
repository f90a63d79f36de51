import { InvalidInputError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string): boolean {
  return UUID.test(value);
}

/** Tripartite ids are UUIDs; anything else is a clear input error, not a database fault. */
export function assertId(value: string, field: string): void {
  if (!isId(value)) throw new InvalidInputError(field, `"${value}" is not a Tripartite identifier (a UUID)`);
}

/** Targets and figures are kept by calendar year; a two-digit or far-off year is a typing slip. */
export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new InvalidInputError(field, `${field} must be a calendar year such as 2024; got ${year}`);
  }
}
