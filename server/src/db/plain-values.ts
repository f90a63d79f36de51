/*
 * How a column read as a plain row (`em.getConnection().execute`) comes back from either
 * database, for the hot reads that skip entity hydration.
 */

/** A JSON column: PostgreSQL's driver parses it, SQLite returns text. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** SQLite answers booleans and `exists` with 0 or 1, PostgreSQL with a boolean. */
export function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** SQLite keeps instants as epoch milliseconds; PostgreSQL's driver gives its text form (`2025-07-07 02:00:00.06+00`). */
export function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  return typeof value === 'string' && !/^\d+$/.test(value) ? new Date(value) : new Date(Number(value));
}

/** A nullable instant column. */
export function optionalInstant(value: unknown): Date | null {
  return value === null || value === undefined ? null : instant(value);
}
