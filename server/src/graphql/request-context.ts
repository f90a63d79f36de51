import type { EntityManager } from '@mikro-orm/core';

/** What every resolver gets for one request; nothing request-specific lives anywhere else. */
export type RequestContext = {
  /** A fork of the EntityManager for this request alone: its own identity map and loaders. */
  em: EntityManager;
  /** Correlates logs (and, later, audit records) with the request. */
  requestId: string;
};
