import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/sql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import { createErrorFormatter } from '../graphql/error-codes.js';
import { createRequestContext, type RequestContext } from '../graphql/request-context.js';
import { explainTokenLimit, graphqlGuardOptions, type GraphQLGuards } from './query-limits.js';

export type HttpAppOptions = {
  orm: MikroORM;
  schema: GraphQLSchema;
  /** Folder of the built admin app; when it is missing, `/` says how to build it. */
  clientDistDir: string;
  exposeInternals: boolean;
  /** Query limits, introspection and field suggestions (see query-limits.ts). */
  guards: GraphQLGuards;
};

/** Requests larger than this are refused before any parsing: GraphQL documents are small. */
const MAX_BODY = '100kb';

/** One HTTP server: the GraphQL API at `/graphql`, a health check, and the admin app. */
export async function createHttpApp(options: HttpAppOptions): Promise<{ server: Server; stop: () => Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);

  const guards = graphqlGuardOptions(options.guards);
  const formatError = createErrorFormatter({ exposeInternals: options.exposeInternals });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    ...guards,
    formatError: (formatted, error) => explainTokenLimit(formatError(formatted, error)),
    includeStacktraceInErrorResponses: options.exposeInternals,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ...guards.plugins],
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    const databaseUp = await options.orm.checkConnection();
    response.status(databaseUp.ok ? 200 : 503).json({ status: databaseUp.ok ? 'ok' : 'database unavailable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(options.orm.em.fork(), req.get('x-request-id') ?? randomUUID()),
    }),
  );

  const indexHtml = join(options.clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(options.clientDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/provinces/79 …) all load the single-page app.
    app.get(/^(?!\/graphql).*/, (_request, response) => response.sendFile(indexHtml));
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

  return {
    server,
    stop: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
