import type { ErrorRequestHandler } from 'express';

type HttpError = Error & { status?: number; statusCode?: number; expose?: boolean };

/**
 * The last handler of the app, in place of Express's own (an HTML page with the stack in
 * development, and the stack written to the log for every error, a client's too). A client's
 * mistake (4xx, such as a malformed URL) is answered in plain words and not logged; anything
 * else is logged once with its stack and request ids and answered with a bare 500.
 */
export function unexpectedErrors(): ErrorRequestHandler {
  return (error: HttpError, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      response
        .status(status)
        .type('text')
        .send(error.expose ? error.message : 'Bad request');
      return;
    }
    // The request's logger (request-logging.ts): the line carries our request id and the client's.
    request.log.error({ err: error }, `${request.method} ${request.originalUrl} failed`);
    response.status(500).type('text').send('Internal server error');
  };
}
