import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/sql';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createErrorFormatter } from '../graphql/error-codes.js';
import { RequestContext } from '../graphql/request-context.js';
import { signInLimitStore } from '../db/sign-in-limit-store.js';
import { SignInLimiter, type SignInLimits } from '../modules/access/sign-in-limiter.js';
import { templateByFileName } from '../modules/imports/figures/import-templates.js';
import { authenticateRequest } from './authenticate-request.js';
import { graphqlHandler } from './graphql-handler.js';
import { agreementDocumentRoute } from './agreement-document-route.js';
import { sessionCookieOf } from './session-cookie.js';
import { staticApp } from './static-app.js';
import { costlyQueryTurns, explainTokenLimit, graphqlGuardOptions, type GraphQLGuards } from './query-limits.js';
import { wellFormedTextPlugin } from './well-formed-text.js';
import { graphqlBodyErrors } from './request-body-errors.js';
import { unexpectedErrors } from './unexpected-errors.js';
import { graphqlObservability } from './graphql-observability.js';
import { healthRoutes, type Readiness } from './health.js';
import { silentLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { metricsEndpoint, parseAllowList } from './metrics-access.js';
import { clientRequestIdOf, requestLogging } from './request-logging.js';
import { startLiveServer } from '../live/live-server.js';
import { clientAddressOf } from './client-address.js';
import { within, WorkInFlight } from './work-in-flight.js';
import { KEEP_ALIVE_TIMEOUT_MS } from './keep-alive.js';

export type HttpAppOptions = {
  orm: MikroORM;
  schema: GraphQLSchema;
  /** Folder of the built admin app; when it is missing, `/` says how to build it. */
  clientDistDir: string;
  exposeInternals: boolean;
  /** Mark the session cookie Secure: on whenever the app is served over HTTPS. */
  secureCookies: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy?: boolean | number | string;
  /** Sign-in limits other than the defaults (tests make them small). */
  signInLimits?: Partial<SignInLimits>;
  /** Query limits, introspection and field suggestions (see query-limits.ts). */
  guards: GraphQLGuards;
  /** JSON logs (logger.ts); silent when absent. */
  logger?: Logger;
  /** Who may read /metrics (`METRICS_ALLOW`); loopback when absent. */
  metricsAllow?: string;
  /** How often live connections check their credential again, in ms (tests make it short). */
  liveRecheckMs?: number;
};

/** Requests larger than this are refused before any parsing: GraphQL documents are small. */
const MAX_BODY = '100kb';

/**
 * How long a stop waits for requests and live work in flight before it cuts them off: well inside
 * the 30 s a container platform gives between SIGTERM and SIGKILL.
 */
export const DRAIN_LIMIT_MS = 10_000;

/** One HTTP server: the GraphQL API at `/graphql`, a health check, and the admin app. */
export async function createHttpApp(
  options: HttpAppOptions,
): Promise<{ server: Server; stop: (withinMs?: number) => Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  // Every request from its headers until its answer is sent or the client goes, and the GraphQL
  // handler until it returns (its resolvers may outlive a client that went): a stop waits for them.
  const requests = new WorkInFlight();
  const unanswered = new Set<ServerResponse>();
  let stopping = false;
  app.use((_request, response, next) => {
    const done = requests.begin();
    unanswered.add(response);
    response.once('close', () => {
      done();
      unanswered.delete(response);
      // Its connection, kept alive for a next request, is not wanted any more.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    // During a stop each answer closes its connection: no next request comes on it.
    if (stopping) response.setHeader('connection', 'close');
    next();
  });
  // First, so every later line (and every error) of a request carries its ids.
  app.use(requestLogging(options.logger ?? silentLogger, (request) => clientAddressOf(app, request)));
  const metrics = createMetrics(options.orm);
  const readiness: Readiness = { accepting: true };
  // Failed sign-ins are counted across requests, and across instances on PostgreSQL.
  const signInCounters = signInLimitStore(options.orm);
  const signInLimiter = new SignInLimiter(signInCounters, options.signInLimits);
  const server = createServer(app);
  // The proxy in front must close idle connections before we do (keep-alive.ts says why).
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  // The cost plugin and the HTTP handler share the costly-query gate (early-admission.ts).
  const turns = costlyQueryTurns(options.guards.limits);
  const guards = graphqlGuardOptions(options.guards, turns);
  const formatError = createErrorFormatter({ exposeInternals: options.exposeInternals });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    ...guards,
    formatError: (formatted, error) => explainTokenLimit(formatError(formatted, error)),
    includeStacktraceInErrorResponses: options.exposeInternals,
    // The app sends whole documents; automatic persisted queries would only be an unused path.
    persistedQueries: false,
    // main.ts shuts down in order (stop accepting, let live work and requests in flight end, then
    // the database: `stop` below); Apollo's own handler would stop only itself and then kill the
    // process with the signal again.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo's default indents every answer, which costs CPU and a third more bytes.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // No HTTP caching of answers is offered (every read depends on who asks), and the cache
      // control plugin otherwise wraps every field of every answer to work out a cache hint.
      ApolloServerPluginCacheControlDisabled(),
      graphqlObservability(metrics),
      wellFormedTextPlugin(),
      ...guards.plugins,
    ],
  });
  await apollo.start();
  // Subscriptions (graphql-ws) on the same server and path: WebSocket upgrades to /graphql.
  const live = await startLiveServer({
    server,
    orm: options.orm,
    schema: options.schema,
    limits: options.guards.limits,
    metrics,
    logger: options.logger ?? silentLogger,
    signInLimiter,
    clientAddressOf: (request) => clientAddressOf(app, request),
    ...(options.liveRecheckMs ? { recheckMs: options.liveRecheckMs } : {}),
  });

  app.use(healthRoutes(options.orm, readiness));
  app.get('/metrics', metricsEndpoint(metrics, parseAllowList(options.metricsAllow ?? 'loopback')));

  app.use(
    '/graphql',
    // Answers are JSON and repeat their field names: a workspace's 170 wards shrink about tenfold.
    compression(),
    express.json({ limit: MAX_BODY }),
    graphqlBodyErrors(MAX_BODY),
    counted(
      requests,
      graphqlHandler(
        apollo,
        async ({ req, res }) => {
          const sessionCookie = sessionCookieOf(req, res, { secure: options.secureCookies });
          // Who asks is one plain row and, now and then, a native update of the token's last use:
          // neither keeps an entity, so the root EntityManager serves and no fork is made for it.
          const { viewer, problem, rejectedToken } = await authenticateRequest(options.orm.em, req, sessionCookie);
          return new RequestContext({
            // Forked when a resolver first asks for it (request-context.ts says why).
            forkEntityManager: () => options.orm.em.fork(),
            rows: options.orm.em,
            // Made by requestLogging (request-logging.ts), which sent it back as `x-request-id`.
            requestId: req.id,
            clientRequestId: clientRequestIdOf(req.get('x-request-id')),
            log: req.log,
            viewer,
            authenticationProblem: problem,
            rejectedToken,
            sessionCookie,
            // Asked only by sign-in, and Express works it out through `trust proxy` on every read.
            clientAddressOf: () => req.ip ?? 'unknown',
            signInLimiter,
          });
        },
        turns.early,
      ),
    ),
  );

  // The printable agreement, opened by a link on the agreement page (docs/api.md).
  app.get(
    '/agreements/:id/document.pdf',
    agreementDocumentRoute(options.orm, { secureCookies: options.secureCookies }),
  );

  // The import templates, for a download link in the app: columns and an example, no data, so
  // no sign-in is needed to fetch them.
  app.get('/templates/:fileName', (request, response) => {
    const template = templateByFileName(request.params.fileName);
    if (!template) {
      response
        .status(404)
        .type('text')
        .send('No such template: try participation-figures.csv or agreement-statuses.csv.');
      return;
    }
    response.type('text/csv; charset=utf-8').attachment(template.fileName).send(template.csv);
  });

  const indexHtml = join(options.clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    // Precompressed, cached by kind, and index.html for client-side routes (/provinces/79 …).
    app.use(staticApp(options.clientDistDir));
  } else {
    app.get('/', (_request, response) => {
      response
        .status(503)
        .type('text')
        .send(
          `The admin app is not built (${indexHtml} is missing). Run \`pnpm build\`, or \`pnpm dev\` for development.`,
        );
    });
  }

  app.use(unexpectedErrors());

  return {
    server,
    /**
     * A graceful stop (SIGTERM): readiness fails at once (the proxy stops sending), no new
     * connection is taken and idle ones are closed, live subscribers are told to reconnect
     * elsewhere (1012); then requests and live work in flight are waited for, at most `withinMs`,
     * and whatever is left is cut off. Only then may the database close (main.ts).
     */
    stop: async (withinMs = DRAIN_LIMIT_MS) => {
      const deadline = Date.now() + withinMs;
      const left = () => deadline - Date.now();
      readiness.accepting = false;
      stopping = true;
      for (const response of unanswered) if (!response.headersSent) response.setHeader('connection', 'close');
      // Node closes the idle connections here; one whose request is still arriving stays open.
      const connectionsClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const [liveEnded, answered] = await Promise.all([live.close(left()), requests.settled(left())]);
      // A request that was still arriving at the stop is counted only once it has all come.
      const closed = await within(connectionsClosed, left());
      const finished = answered && closed && (await requests.settled(left()));
      if (!closed) server.closeAllConnections();
      if (!liveEnded || !finished) {
        (options.logger ?? silentLogger).warn(
          { requestsInFlight: requests.size, withinMs },
          'stopped before everything in flight had ended',
        );
      }
      await apollo.stop();
      await signInCounters.close();
    },
  };
}

/** An Express handler whose returned promise counts as work in flight until it settles. */
function counted(work: WorkInFlight, handler: express.RequestHandler): express.RequestHandler {
  return (request, response, next) => work.track(async () => handler(request, response, next));
}
