import type { IncomingMessage } from 'node:http';
import type { Express, Request } from 'express';

/**
 * The client's address for a request Express does not route (the live WebSocket's upgrade), by
 * the same rule as every HTTP request's `req.ip`: Express's `trust proxy` (`TRUST_PROXY`), so
 * behind nginx it is the client's, not nginx's. Asked of Express itself rather than re-derived:
 * one copy of the rule. (Express gives each request it routes this same prototype.)
 */
export function clientAddressOf(app: Express, request: IncomingMessage): string {
  const asRouted = Object.create(app.request, {
    headers: { value: request.headers },
    connection: { value: request.socket },
    socket: { value: request.socket },
  }) as Request;
  return asRouted.ip ?? request.socket.remoteAddress ?? 'unknown';
}
