import type { EntityManager } from '@mikro-orm/sql';
import { RequestLoaders } from './request-loaders.js';

/** What every resolver gets for one request; nothing request-specific lives anywhere else. */
export type RequestContext = {
  /** A fork of the EntityManager for this request alone: its own identity map and loaders. */
  em: EntityManager;
  /** Batching loaders for nested fields, for this request alone. */
  loaders: RequestLoaders;
  /** Correlates logs (and, later, audit records) with the request. */
  requestId: string;
};

export function createRequestContext(em: EntityManager, requestId: string): RequestContext {
  return { em, loaders: new RequestLoaders(), requestId };
}
