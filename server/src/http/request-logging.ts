import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';

declare module 'http' {
  interface IncomingMessage {
    /** Our id of the request (a UUID), sent back as `x-request-id`. */
    id: string;
    /** A logger whose every line carries the request, `requestId` and `clientRequestId`. */
    log: Logger;
  }
}

/** A caller's own request id is kept beside ours (to match their logs) when it is a sane token. */
export function clientRequestIdOf(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : null;
}

/** Probes and scrapes come every few seconds; logging each would drown the requests people make. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/health', '/metrics']);

/**
 * Every request gets our id (a UUID, sent back as `x-request-id`) and `req.log`, a logger whose
 * every line carries the request (method, URL, address), `requestId` and the client's own
 * `clientRequestId`, and one line when it is answered (status, time): at error for 5xx (the
 * error itself was logged with its stack where it was caught: unexpected-errors.ts, the GraphQL
 * plugin), at warn for 4xx, else at info.
 *
 * `remoteAddress` is `clientAddress` of the request: the client's address by the `TRUST_PROXY`
 * rule (client-address.ts), not the socket's, which behind nginx is always nginx.
 *
 * The lines are those pino-http wrote, which this replaces: per request it made two child
 * loggers, serialised the request's headers and worked out its line even when the level was off,
 * about a twelfth of a small query's CPU in a profile (bench/RESULTS.md, issue 19). Here the
 * request's logger is made when first used, and the answer's line only when its level is on.
 */
export function requestLogging(logger: Logger, clientAddress: (request: IncomingMessage) => string): RequestHandler {
  return (request, response, next) => {
    const id = randomUUID();
    response.setHeader('x-request-id', id);
    request.id = id;
    // Read now: a socket keeps its address once asked, and a closed one not asked before has none.
    void request.socket.remoteAddress;
    let log: Logger | undefined;
    Object.defineProperty(request, 'log', {
      configurable: true,
      enumerable: true,
      get: () =>
        (log ??= logger.child({
          req: { method: request.method, url: request.originalUrl, remoteAddress: clientAddress(request) },
          requestId: id,
          clientRequestId: clientRequestIdOf(request.headers['x-request-id']),
        })),
    });
    if (!QUIET_PATHS.has(request.path)) {
      const started = Date.now();
      const answered = (error?: Error) => {
        response.off('finish', answered).off('close', answered).off('error', answered);
        const failed = error !== undefined || response.statusCode >= 500;
        const level = failed ? 'error' : response.statusCode >= 400 ? 'warn' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        const line = { res: { statusCode: response.statusCode }, responseTime: Date.now() - started };
        if (failed)
          request.log[level](line, `${request.method} ${request.originalUrl} answered ${response.statusCode}`);
        else
          request.log[level](
            line,
            !request.readableAborted && response.writableEnded ? 'request completed' : 'request aborted',
          );
      };
      response.on('finish', answered).on('close', answered).on('error', answered);
    }
    next();
  };
}
