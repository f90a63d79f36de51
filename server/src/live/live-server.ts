import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/sql';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { changeFeedOf } from '../db/change-feed.js';
import { RequestContext } from '../graphql/request-context.js';
import type { Logger } from '../http/logger.js';
import type { ApiMetrics } from '../http/metrics.js';
import { estimateRows } from '../http/query-cost.js';
import { within, WorkInFlight } from '../http/work-in-flight.js';
import { queryLimitOptions, type QueryLimits } from '../http/query-limits.js';
import type { SignInLimiter } from '../modules/access/sign-in-limiter.js';
import { scopeViewer } from '../modules/access/access-scope-key.js';
import { CredentialChecks } from './credential-checks.js';
import { authenticateConnection, type LiveCredential, type Refusal } from './live-credential.js';
import { SharedReads, viewOf } from './live-fanout.js';
import { LiveHub } from './live-hub.js';

export type LiveServerOptions = {
  server: Server;
  orm: MikroORM;
  schema: GraphQLSchema;
  limits: QueryLimits;
  metrics: ApiMetrics;
  logger: Logger;
  signInLimiter: SignInLimiter;
  /** The client's address behind the upgrade request, by the HTTP requests' `TRUST_PROXY` rule. */
  clientAddressOf: (request: IncomingMessage) => string;
  /** How often every connection's credential is checked again, besides on each event (ms). */
  recheckMs?: number;
};

/** Close code 1012 "service restart": the app reconnects, through the proxy to another instance. */
const CLOSE_RESTARTING = 1012;
/** Close code 1011 "internal error": something failed on this side; the app reconnects. */
const CLOSE_INTERNAL_ERROR = 1011;
const DEFAULT_RECHECK_MS = 30_000;
/** Subscriptions one connection may hold: the app needs three or four. */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** A shared re-read speaks for no one client: nothing in it signs in, which is all the address is for. */
const SHARED_READ_ADDRESS = 'live shared read';
/** Longest timer Node keeps (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/** One graphql-ws connection: who it speaks for, and the way to end it. */
type LiveConnection = {
  id: string;
  credential: LiveCredential;
  socket: WebSocket;
  clientAddress: string;
  subscriptions: number;
  expiry: NodeJS.Timeout | null;
  stopAccessWatch: () => void;
  /**
   * Checks the credential; closes the socket when it no longer holds. Joins a check under way,
   * unless `fresh`: after an access change, a check begun before it cannot answer for it.
   */
  verify: (fresh?: boolean) => Promise<boolean>;
};

/** A subscription's connection, and its view (live-fanout.ts): whose answer it may share. */
const subscriptionOfContext = new WeakMap<RequestContext, { connection: LiveConnection; view: string }>();

/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same server and path as the API
 * (`/graphql`): an upgrade request there is a live connection, anything else is HTTP as before.
 */
export async function startLiveServer(
  options: LiveServerOptions,
): Promise<{ close: (withinMs: number) => Promise<boolean> }> {
  const { orm, schema, limits, metrics } = options;
  const hub = new LiveHub(metrics);
  await hub.start(changeFeedOf(orm));
  const sockets = new WebSocketServer({ server: options.server, path: '/graphql' });
  // What reads the database for a connection (its credential, a subscription, an event's re-read):
  // a stop waits for it before the database closes.
  const work = new WorkInFlight();
  let closing = false;
  const connections = new Map<WebSocket, LiveConnection>();
  // One timer for every connection, so their checks are answered together (credential-checks.ts).
  const recheck = setInterval(() => {
    for (const connection of connections.values()) void connection.verify();
  }, options.recheckMs ?? DEFAULT_RECHECK_MS);
  const validationRules = [...specifiedRules, ...(queryLimitOptions(limits).validationRules ?? [])];

  const credentialChecks = new CredentialChecks(orm);
  const sharedReads = new SharedReads();

  /** A fresh unit of work and loaders, as one viewer (subscribing) or as a whole view (an event's re-read). */
  const contextFor = (viewer: LiveCredential['viewer'], clientAddress: string, log: Record<string, string>) => {
    const requestId = randomUUID();
    return new RequestContext({
      forkEntityManager: () => orm.em.fork(),
      rows: orm.em,
      requestId,
      clientRequestId: null,
      log: options.logger.child({ requestId, ...log }),
      viewer,
      authenticationProblem: null,
      rejectedToken: false,
      // A subscription never signs in or out: there is no cookie to write.
      sessionCookie: { secret: null, set: () => {}, clear: () => {} },
      clientAddressOf: () => clientAddress,
      signInLimiter: options.signInLimiter,
      live: hub.events,
    });
  };

  const end = (connection: LiveConnection, refusal: Refusal) => {
    options.logger.info(
      { liveConnection: connection.id, clientAddress: connection.clientAddress, code: refusal.code },
      `live connection ended: ${refusal.reason}`,
    );
    connection.socket.close(refusal.code, refusal.reason);
  };

  useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      onConnect: (ctx) =>
        work.track(async () => {
          const { socket, request } = ctx.extra;
          if (closing) {
            socket.close(CLOSE_RESTARTING, 'The server is restarting; reconnect');
            return false;
          }
          const credential = await authenticateConnection(orm, request, ctx.connectionParams);
          if ('code' in credential) {
            socket.close(credential.code, credential.reason);
            return false;
          }
          let checking: Promise<boolean> | null = null;
          const check = () =>
            work.track(async () => {
              const problem = await credentialChecks.problemOf(credential).catch((error: unknown) => {
                // Unknown is not holding; the client reconnects (with backoff) and is checked afresh.
                options.logger.error({ err: error, liveConnection: connection.id }, 'live credential check failed');
                return { code: CLOSE_INTERNAL_ERROR, reason: 'The credential could not be checked; reconnect' };
              });
              if (problem) end(connection, problem);
              return problem === null;
            });
          const connection: LiveConnection = {
            id: randomUUID(),
            credential,
            socket,
            clientAddress: options.clientAddressOf(request),
            subscriptions: 0,
            expiry: null,
            stopAccessWatch: () => {},
            verify: (fresh = false) => {
              if (checking && !fresh) return checking;
              const mine: Promise<boolean> = (checking ?? Promise.resolve(true))
                .then((holds) => holds && check())
                .finally(() => {
                  if (checking === mine) checking = null;
                });
              return (checking = mine);
            },
          };
          connection.stopAccessWatch = hub.onAccessChange((accountId) => {
            if (accountId === null || accountId === credential.viewer.accountId) void connection.verify(true);
          });
          if (credential.expiresAt) {
            const untilExpiry = Math.min(Math.max(credential.expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS);
            connection.expiry = setTimeout(() => void connection.verify(), untilExpiry + 10);
          }
          connections.set(socket, connection);
          options.logger.info(
            { liveConnection: connection.id, clientAddress: connection.clientAddress },
            'live connection opened',
          );
          return true;
        }),
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return;
        connections.delete(ctx.extra.socket);
        if (connection.expiry) clearTimeout(connection.expiry);
        connection.stopAccessWatch();
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return [new GraphQLError('Not connected')];
        if (connection.subscriptions >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`)];
        }
        const checked = checkDocument(schema, payload, limits, validationRules);
        if (Array.isArray(checked)) return checked;
        connection.subscriptions += 1;
        const { viewer } = connection.credential;
        const contextValue = contextFor(viewer, connection.clientAddress, { liveConnection: connection.id });
        subscriptionOfContext.set(contextValue, { connection, view: viewOf(viewer, payload) });
        return {
          schema,
          document: checked as DocumentNode,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue,
        };
      },
      onComplete: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) connection.subscriptions -= 1;
      },
      // graphql-js keeps one context for every event of a subscription. Here, after the
      // subscriber's credential is checked again, each event is read once per view (access scope
      // and document, live-fanout.ts) in a fresh context of its own (unit of work, loaders), as
      // the scope rather than the person, and that answer goes to every subscriber of the view.
      subscribe: (args: ExecutionArgs) =>
        work.track(async () => {
          const { connection, view } = subscriptionOfContext.get(args.contextValue as RequestContext)!;
          const stream = await createSourceEventStream(args);
          if (!(Symbol.asyncIterator in stream)) return stream;
          const field = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
          const subscription = field?.kind === 'Field' ? field.name.value : 'unknown';
          return mapEvents(stream[Symbol.asyncIterator](), (event) =>
            work.track(async () => {
              if (closing || !(await connection.verify())) return null;
              const read = async () => {
                metrics.liveReads.inc({ subscription });
                const viewer = scopeViewer(connection.credential.viewer);
                const contextValue = contextFor(viewer, SHARED_READ_ADDRESS, { liveView: subscription });
                return execute({ ...args, rootValue: event, contextValue });
              };
              const result = await sharedReads.answer(event as object, view, read);
              metrics.liveDeliveries.inc({ subscription });
              return result;
            }),
          );
        }),
    },
    sockets,
  );

  return {
    /**
     * Tells every subscriber to reconnect elsewhere (1012), then waits at most `withinMs` for the
     * database work of its connections to end and for the sockets to close; a socket still open
     * then is cut. Says whether everything ended in time.
     */
    close: async (withinMs) => {
      const deadline = Date.now() + withinMs;
      closing = true;
      clearInterval(recheck);
      hub.stop();
      for (const socket of sockets.clients) socket.close(CLOSE_RESTARTING, 'The server is restarting; reconnect');
      const socketsClosed = new Promise<void>((resolve) => sockets.close(() => resolve()));
      const settled = await work.settled(deadline - Date.now());
      const closedInTime = await within(socketsClosed, deadline - Date.now());
      if (!closedInTime) for (const socket of sockets.clients) socket.terminate();
      await changeFeedOf(orm).close();
      return settled && closedInTime;
    },
  };
}

/** The same limits as queries (tokens, depth, aliases, cost), and only subscriptions here. */
function checkDocument(
  schema: GraphQLSchema,
  payload: {
    query: string;
    variables?: Record<string, unknown> | null | undefined;
    operationName?: string | null | undefined;
  },
  limits: QueryLimits,
  validationRules: typeof specifiedRules,
): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: limits.maxTokens });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document, validationRules);
  if (errors.length > 0) return errors;
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (operation?.operation !== 'subscription') {
    return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations as HTTP POST.')];
  }
  const cost = estimateRows(schema, document, payload.variables ?? {}, payload.operationName ?? undefined);
  if (cost === null || cost > limits.maxCost) {
    return [
      new GraphQLError(`Query cost limit of ${limits.maxCost} exceeded: ask for fewer nested lists.`, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' },
      }),
    ];
  }
  return document;
}

/** Maps each event; a null result ends the stream. Ending it ends the source at once. */
function mapEvents<T, R>(source: AsyncIterator<T>, map: (event: T) => Promise<R | null>): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next() {
      const next = await source.next();
      if (next.done) return { value: undefined, done: true };
      const mapped = await map(next.value);
      if (mapped === null) {
        await source.return?.();
        return { value: undefined, done: true };
      }
      return { value: mapped, done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
