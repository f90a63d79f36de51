import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';

/**
 * A fork for reading only: its queries never flush pending changes first (MikroORM's default
 * AUTO mode does), and nothing ever flushes it. Checking an import's rows, a dry run or an
 * export then cannot write, even if an entity it loaded looks changed to the unit of work.
 */
export function readOnlyFork(em: EntityManager): EntityManager {
  return em.fork({ flushMode: FlushMode.COMMIT, clear: true });
}
