import { Cursor } from '@mikro-orm/core';
import { InvalidInputError } from '../errors.js';
import { isId } from '../validation.js';

/**
 * Cursors are opaque, but a mangled or forged one must be a clear input error, not a server
 * fault: it must decode to the (time, id) pair each list is ordered by.
 */
export function assertTimeAndIdCursor(after: string, field: string): void {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(after);
  } catch {
    decoded = null;
  }
  const [createdAt, id] = Array.isArray(decoded) && decoded.length === 2 ? decoded : [];
  const validTime =
    (typeof createdAt === 'string' || typeof createdAt === 'number' || createdAt instanceof Date) &&
    !Number.isNaN(new Date(createdAt).getTime());
  if (!validTime || typeof id !== 'string' || !isId(id)) {
    throw new InvalidInputError(field, `${field} is not a cursor returned by this API (use pageInfo.endCursor)`);
  }
}
