import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from './sign-in.js';

export type GraphQLAnswer<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** One GraphQL request over HTTP, as a script would send it (optionally with a session cookie). */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ status: number; body: GraphQLAnswer<T>; setCookie: string | null }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphQLAnswer<T>;
  try {
    body = JSON.parse(text) as GraphQLAnswer<T>;
  } catch {
    body = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body, setCookie: response.headers.get('set-cookie') };
}

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }`;

/** Signs in over the API and returns the session cookie (`name=value`) to send with later requests. */
export async function signInCookie(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const { body, setCookie } = await graphql(baseUrl, SIGN_IN, { email, password });
  if (body.errors || !setCookie) throw new Error(`Signing in as ${email} failed: ${JSON.stringify(body.errors)}`);
  return setCookie.split(';')[0] ?? '';
}

export type LiveConnection = {
  client: Client;
  /** Each event's data, with the moment it arrived (performance.now(), and the wall clock's Date.now()). */
  events: { at: number; wallAt: number; data: Record<string, unknown> }[];
  errors: unknown[];
  /** Resolves when the server has acknowledged the connection. */
  connected: Promise<void>;
  /** Resolves with the close event once the socket is closed. */
  closed: Promise<{ code: number; reason: string }>;
};

/**
 * A graphql-ws connection the way the app in a browser makes one: the session cookie on the
 * upgrade request and an Origin equal to the host. No retries: a test sees every close.
 */
export function connectLive(baseUrl: string, cookie: string): LiveConnection {
  const url = new URL(baseUrl);
  const headers = { cookie, origin: url.origin };
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let connectedNow: () => void = () => {};
  let closedWith: (event: { code: number; reason: string }) => void = () => {};
  const connection: LiveConnection = {
    client: createClient({
      url: `ws://${url.host}/graphql`,
      webSocketImpl: WithHeaders,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      on: {
        connected: () => connectedNow(),
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: unknown };
          closedWith({ code, reason: String(reason) });
        },
      },
    }),
    events: [],
    errors: [],
    connected: new Promise<void>((resolve) => (connectedNow = resolve)),
    closed: new Promise((resolve) => (closedWith = resolve)),
  };
  return connection;
}

/** Starts a subscription on `live`; its events land in `live.events`. */
export function subscribe(live: LiveConnection, query: string, variables: Record<string, unknown> = {}): void {
  live.client.subscribe(
    { query, variables },
    {
      next: (result) =>
        live.events.push({
          at: performance.now(),
          wallAt: Date.now(),
          data: (result.data ?? { errors: result.errors }) as Record<string, unknown>,
        }),
      error: (error) => live.errors.push(error),
      complete: () => {},
    },
  );
}
