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
export type PlainRowReader = Pick<EntityManager, 'getConnection' | 'getPlatform' | 'getMetadata' | 'config'>;

/** What whoever serves a request (HTTP, or a live connection) gives its context. */
export type RequestContextParts = {
  /** Makes this request's fork of the EntityManager: called at most once, when a resolver first asks. */
  forkEntityManager: () => EntityManager;
  rows: PlainRowReader;
  requestId: string;
  clientRequestId: string | null;
  log: Logger;
  viewer: Viewer | null;
  authenticationProblem: string | null;
  rejectedToken: boolean;
  sessionCookie: SessionCookie;
  /** Works out the client's address: called each time `clientAddress` is read (only sign-in reads it). */
  clientAddressOf: () => string;
  signInLimiter: SignInLimiter;
  live?: LiveEvents;
};

/**
 * What every resolver gets for one request; nothing request-specific lives anywhere else.
 *
 * A class because two members are worked out only when asked (`em`, `clientAddress`), and a
 * class's getters live on its prototype. That matters: Apollo Server copies a context before it
 * runs an operation, `Object.assign(Object.create(Object.getPrototypeOf(context)), context)`,
 * which reads every own property. A getter written into an object literal is an own property, so
 * the copy forked the EntityManager for every request; a prototype getter is carried over by the
 * copy's prototype and stays unread. For the same reason the fork, once made, is kept in a plain
 * field and not a `#private` one: the copy has no private slots, and reading one there throws.
 */
export class RequestContext {
  /** For the hot reads of plain rows (ward-standing-rows.ts, agreement-page-rows.ts): needs no fork. */
  readonly rows: PlainRowReader;
  /** Batching loaders for nested fields, for this request alone. */
  readonly loaders = new RequestLoaders();
  /** Made by the server for this request; correlates logs and audit records, and is sent back as `x-request-id`. */
  readonly requestId: string;
  /** The `x-request-id` the client sent, if any: recorded beside ours, never trusted as ours. */
  readonly clientRequestId: string | null;
  /** This request's logger: every line carries `requestId` and `clientRequestId`. */
  readonly log: Logger;
  /** Who is asking; null when nobody is signed in. */
  readonly viewer: Viewer | null;
  /** Why a presented credential was refused (an unknown API token, say), to tell the client. */
  readonly authenticationProblem: string | null;
  /** An API token was sent and refused: even `viewer` then says so, so a script fails loudly. */
  readonly rejectedToken: boolean;
  readonly sessionCookie: SessionCookie;
  /** Shared by every request of this server: failed sign-ins counted per account and address. */
  readonly signInLimiter: SignInLimiter;
  /** On a graphql-ws connection: the changes its subscriptions listen to. */
  readonly live?: LiveEvents;

  private fork: EntityManager | undefined;
  private readonly forkEntityManager: () => EntityManager;
  private readonly clientAddressOf: () => string;

  constructor(parts: RequestContextParts) {
    this.forkEntityManager = parts.forkEntityManager;
    this.clientAddressOf = parts.clientAddressOf;
    this.rows = parts.rows;
    this.requestId = parts.requestId;
    this.clientRequestId = parts.clientRequestId;
    this.log = parts.log;
    this.viewer = parts.viewer;
    this.authenticationProblem = parts.authenticationProblem;
    this.rejectedToken = parts.rejectedToken;
    this.sessionCookie = parts.sessionCookie;
    this.signInLimiter = parts.signInLimiter;
    if (parts.live) this.live = parts.live;
  }

  /**
   * A fork of the EntityManager for this request alone: its own identity map. Made when a resolver
   * first asks for it: a request answered from plain rows needs none, and the fork was 7.5% of a
   * small query's CPU (bench/RESULTS.md, issue 19).
   */
  get em(): EntityManager {
    return (this.fork ??= this.forkEntityManager());
  }

  /** The client's address, for limiting failed sign-ins per address. */
  get clientAddress(): string {
    return this.clientAddressOf();
  }
}

/** Who writes in this request, as the write services record them (behind `@Authorized`). */
export function actorOf(context: RequestContext): Actor {
  if (!context.viewer) throw new UnauthenticatedError(context.authenticationProblem ?? undefined);
  return { viewer: context.viewer, requestId: context.requestId, clientRequestId: context.clientRequestId };
}
