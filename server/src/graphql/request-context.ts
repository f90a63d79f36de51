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

/**
 * What a read of plain rows needs of MikroORM: the connection, the platform (which SQL dialect)
 * and the metadata (for cursors); no identity map, so it keeps nothing of the request.
 */
export type PlainRowReader = Pick<EntityManager, 'getConnection' | 'getPlatform' | 'getMetadata'>;

/** What every resolver gets for one request; nothing request-specific lives anywhere else. */
export type RequestContext = {
  /**
   * A fork of the EntityManager for this request alone: its own identity map and loaders. Made
   * when a resolver first asks for it: a request answered from plain rows needs none, and the
   * fork was 7.5% of a small query's CPU (bench/RESULTS.md, issue 19).
   */
  em: EntityManager;
  /** For the hot reads of plain rows (ward-standing-rows.ts, agreement-page-rows.ts): needs no fork. */
  rows: PlainRowReader;
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
  // A part given as a getter (the fork of the EntityManager, the client's address) is worked out
  // only if asked. The getters go on a prototype of this context's own: Apollo Server copies a
  // context's own properties (`Object.assign`) before running the operation, which called them all.
  const descriptors = Object.entries(Object.getOwnPropertyDescriptors(parts));
  const lazy = Object.fromEntries(descriptors.filter(([, descriptor]) => descriptor.get));
  const eager = Object.fromEntries(descriptors.filter(([, descriptor]) => !descriptor.get));
  const context: unknown = Object.defineProperties(
    Object.assign(Object.create(Object.defineProperties({}, lazy)), {
      loaders: new RequestLoaders(),
    }),
    eager,
  );
  return context as RequestContext;
}

/** Who writes in this request, as the write services record them (behind `@Authorized`). */
export function actorOf(context: RequestContext): Actor {
  if (!context.viewer) throw new UnauthenticatedError(context.authenticationProblem ?? undefined);
  return { viewer: context.viewer, requestId: context.requestId, clientRequestId: context.clientRequestId };
}
