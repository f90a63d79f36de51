import { InvalidInputError } from '../errors.js';
import { assertTimeAndIdCursor } from './cursor.js';

/** The largest page any connection serves. */
export const MAX_PAGE_SIZE = 100;

/** `first` within 1…100 and `after` a cursor this API gave out, or a clear input error. */
export function assertPageArguments(first: number, after: string | null): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}; got ${first}`);
  }
  if (after !== null) assertTimeAndIdCursor(after, 'after');
}

/** What MikroORM's `findByCursor` answers, as far as a connection needs it. */
type CursorResult<T> = {
  items: readonly T[];
  hasNextPage: boolean;
  hasPrevPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
  totalCount: number;
};

/** A Relay-style connection (nodes, edges with cursors, page info, total) from one cursor page. */
export function connectionOf<T>(page: CursorResult<T>, cursorOf: (node: T) => string) {
  const nodes = [...page.items];
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursorOf(node) })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount,
  };
}
