import type { EntityManager } from '@mikro-orm/sql';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../errors.js';
import type { Actor } from '../modules/audit/audit-trail.js';
import type { SignInLimiter } from '../modules/access/sign-in-limiter.js';
import type { Viewer } from '../modules/access/viewer.js';
import { RequestLoaders } from './request-loaders.js';

/** The session cookie of this request, read and written without resolvers knowing about HTTP. */
export type SessionCookie = {
  /** The secret the browser sent, if any. */
  readonly secret: string | null;
  set: (secret: string, expiresAt: Date) => void;
  clear: () => void;
};

/**
 * The live changes a subscription listens to (server/src/live/), by province id: each event names
 * what changed, and the subscription re-reads it for whoever listens. Only on a WebSocket.
 */
export type LiveEvents = {
  agreementChanges: (provinceId: string) => AsyncIterable<{ agreementId: string }>;
  /** Coalesced: several changes before the subscriber is served make one event. */
  progressChanges: (provinceId: string) => AsyncIterable<{ provinceId: string }>;
};

/** What every resolver gets for one request; nothing request-specific lives anywhere else. */
export type RequestContext = {
  /** A fork of the EntityManager for this request alone: its own identity map and loaders. */
  em: EntityManager;
  /** Batching loaders for nested fields, for this request alone. */
  loaders: RequestLoaders;
  /** Made by the server for this request; correlates logs and audit records, and is sent back as `x-request-id`. */
  requestId: string;
  /** The `x-request-id` the client sent, if any: recorded beside ours, never trusted as ours. */
  clientRequestId: string | null;
  /** This request's logger: every line carries `requestId` and `clientRequestId`. */
  log: Logger;
  /** Who is asking; null when nobody is signed in. */
  viewer: Viewer | null;
  /** Why a presented credential was refused (an unknown API token, say), to tell the client. */
  authenticationProblem: string | null;
  /** An API token was sent and refused: even `viewer` then says so, so a script fails loudly. */
  rejectedToken: boolean;
  sessionCookie: SessionCookie;
  /** The client's address, for limiting failed sign-ins per address. */
  clientAddress: string;
  /** Shared by every request of this server: failed sign-ins counted per account and address. */
  signInLimiter: SignInLimiter;
  /** On a graphql-ws connection: the changes its subscriptions listen to. */
  live?: LiveEvents;
};

export type RequestContextParts = Omit<RequestContext, 'loaders'>;

export function createRequestContext(parts: RequestContextParts): RequestContext {
  // Property by property, so a part given as a getter (the client's address) is worked out only if asked.
  return Object.defineProperties(
    { loaders: new RequestLoaders() },
    Object.getOwnPropertyDescriptors(parts),
  ) as RequestContext;
}

/** Who writes in this request, as the write services record them (behind `@Authorized`). */
export function actorOf(context: RequestContext): Actor {
  if (!context.viewer) throw new UnauthenticatedError(context.authenticationProblem ?? undefined);
  return { viewer: context.viewer, requestId: context.requestId, clientRequestId: context.clientRequestId };
}
