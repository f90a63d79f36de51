import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { EarlyAdmission } from './early-admission.js';

/**
 * Apollo Server behind Express: what `expressMiddleware` of `@as-integrations/express5` does,
 * less three costs it adds to every answer, measured with `pnpm bench --cpu-prof` (headline and
 * page of 50 agreements, PostgreSQL; bench/RESULTS.md, issue 19). It answers through Express's
 * `res.send`, which hashes the whole body (SHA-1) for an ETag nobody can use (a GraphQL POST is
 * never revalidated, and every read depends on who asks) and first copies the text into a Buffer
 * to do so; and it parses the URL with the legacy `url.parse` only to find the query string.
 * Here the answer is encoded to UTF-8 once and goes to the socket with its length; there is no
 * ETag, and no 304 to a GET with `If-None-Match`.
 */
export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (args: { req: Request; res: Response }) => Promise<Context>,
  early: EarlyAdmission,
): RequestHandler {
  apollo.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // `express.json` ran before (create-http-app.ts); a request without a JSON body has none.
    const httpGraphQLRequest = { method: req.method.toUpperCase(), headers, search: searchOf(req.url), body: req.body };
    const turn = early.turnFor(httpGraphQLRequest);
    if (!turn) return answer(apollo, httpGraphQLRequest, () => context({ req, res }), res);
    const release = await turn;
    try {
      // In a function of its own, which gives back nothing: this frame has waited long enough to
      // be in V8's old generation, and must not be handed the answer (early-admission.ts).
      await answer(apollo, httpGraphQLRequest, () => context({ req, res }), res);
    } finally {
      release();
    }
  };
}

/** Runs the request through Apollo Server and sends its answer. */
async function answer<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  httpGraphQLRequest: HTTPGraphQLRequest,
  context: () => Promise<Context>,
  res: Response,
): Promise<void> {
  const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    // Encoded once, here: a text given to `res.end` is joined to the head's text before it is
    // written, which copies the whole answer once more inside the JavaScript heap (twice its
    // length in bytes: an answer with Vietnamese names is a two-byte string). The noisy
    // neighbour's 6-alias query (105 KB) allocated 2.2 MB per request with the text, 2.0 with this.
    const body = Buffer.from(answer.body.string, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  // Incremental delivery (`@defer`): each part as it comes, through compression when it is on.
  for await (const chunk of answer.body.asyncIterator) {
    res.write(chunk);
    (res as Response & { flush?: () => void }).flush?.();
  }
  res.end();
}

/** The query string of a request target, with its `?` (`''` without one), as `url.parse` gives it. */
export function searchOf(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return '';
  const end = url.indexOf('#', start);
  return end < 0 ? url.slice(start) : url.slice(start, end);
}
