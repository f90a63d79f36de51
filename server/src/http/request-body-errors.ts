import type { ErrorRequestHandler } from 'express';

/**
 * What body-parser (`express.json`) reports about a body it could not read, in the shape
 * GraphQL clients read: `{"errors":[{"message","extensions":{"code":"BAD_REQUEST"}}]}` with its
 * 4xx status, instead of Express's HTML page with a stack trace. A client's mistake is not
 * logged; only what is not a client error goes on to the last handler (unexpected-errors.ts).
 */
type BodyError = Error & { status?: number; type?: string; body?: string; charset?: string; encoding?: string };

const MEDIA = 'application/json; charset=utf-8';

function messageFor(error: BodyError, limit: string): string {
  switch (error.type) {
    case 'entity.parse.failed': {
      const start = error.body?.trimStart()[0];
      // `strict`: only an object (or a batch, which is refused later) is a GraphQL request.
      if (start !== undefined && start !== '{' && start !== '[') {
        return 'The request body must be a JSON object such as {"query": "{ __typename }"}.';
      }
      return `The request body is not valid JSON: ${error.message}.`;
    }
    case 'charset.unsupported':
      return `The request body’s charset "${error.charset ?? ''}" is not supported: send JSON in UTF-8 (Content-Type: application/json; charset=utf-8).`;
    case 'encoding.unsupported':
      return `The Content-Encoding "${error.encoding ?? ''}" is not supported: send the body as is, or gzip, deflate or br.`;
    case 'entity.too.large':
      return `The request body is larger than ${limit}: a GraphQL request is small (import large files with the command line).`;
    case 'request.aborted':
      return 'The request was aborted before its body arrived.';
    default:
      // zlib's "incorrect header check" and the like: said plainly, never with a stack.
      return `The request body could not be read: ${error.message}.`;
  }
}

/** For `/graphql`, right after `express.json()`. */
export function graphqlBodyErrors(limit: string): ErrorRequestHandler {
  return (error: BodyError, _request, response, next) => {
    const status = error.status ?? 500;
    if (status < 400 || status >= 500) {
      next(error);
      return;
    }
    response
      .status(status)
      .type(MEDIA)
      .send(JSON.stringify({ errors: [{ message: messageFor(error, limit), extensions: { code: 'BAD_REQUEST' } }] }));
  };
}
