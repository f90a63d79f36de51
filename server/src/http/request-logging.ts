import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { Logger } from './logger.js';

/** A caller's own request id is kept beside ours (to match their logs) when it is a sane token. */
export function clientRequestIdOf(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : null;
}

/** Probes and scrapes come every few seconds; logging each would drown the requests people make. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/health', '/metrics']);

/**
 * pino-http: every request gets our id (a UUID, sent back as `x-request-id`) and `req.log`, a
 * logger whose every line carries `requestId` and the client's own `clientRequestId`, and one
 * line when it is answered (status, time). 5xx answers log at error, 4xx at warn.
 * `remoteAddress` is `clientAddress` of the request: the client's address by the `TRUST_PROXY`
 * rule (client-address.ts), not the socket's, which behind nginx is always nginx.
 */
export function requestLogging(
  logger: Logger,
  clientAddress: (request: IncomingMessage) => string,
): HttpLogger<IncomingMessage, ServerResponse> {
  return pinoHttp({
    logger,
    genReqId: (_request, response) => {
      const id = randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    customProps: (request) => ({
      requestId: request.id,
      clientRequestId: clientRequestIdOf(request.headers['x-request-id']),
    }),
    serializers: {
      req: (request: { method: string; url: string; raw: IncomingMessage }) => ({
        method: request.method,
        url: request.url,
        remoteAddress: clientAddress(request.raw),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    autoLogging: { ignore: (request) => QUIET_PATHS.has((request.url ?? '').split('?')[0]!) },
    // The error itself was logged with its stack where it was caught (unexpected-errors.ts, the
    // GraphQL plugin); the answer's line only says how the request ended.
    customErrorObject: (_request, _response, _error, value: Record<string, unknown>) => ({
      res: value['res'],
      responseTime: value['responseTime'],
    }),
    customErrorMessage: (request, response) => `${request.method} ${request.url} answered ${response.statusCode}`,
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}
