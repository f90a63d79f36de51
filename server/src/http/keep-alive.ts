/**
 * How long an idle keep-alive connection to this server stays open, in ms (Node's own default,
 * written out because the proxy's setting depends on it).
 *
 * A reverse proxy keeps idle connections to each instance and reuses them. If the instance
 * closes one at the moment the proxy sends a request on it, that request fails: nginx does not
 * repeat a POST it has already sent (it may have been applied), answers 502, and counts the
 * instance as failed. So the proxy must be the one to close idle connections:
 * docs/nginx/tripartite.conf sets its upstream `keepalive_timeout` below this, and
 * keep-alive.test.ts fails if the two drift apart.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
