import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { RequestHandler } from 'express';
import type { ApiMetrics } from './metrics.js';

/**
 * Who may read `/metrics` (`METRICS_ALLOW`): `loopback`, addresses and CIDR ranges, comma-separated.
 * The client address is Express's `req.ip`, so behind a proxy it follows `TRUST_PROXY`: the
 * proxy's own loopback address does not open the metrics to whoever is behind it.
 */
export function parseAllowList(value: string): BlockList {
  const list = new BlockList();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix] = entry.split('/');
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    if (!family) throw new Error(`METRICS_ALLOW: "${entry}" is not loopback, an address or a CIDR range`);
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** Whether `address` (as Node reports it, IPv4-mapped IPv6 included) is on the list. */
export function isAllowed(list: BlockList, address: string | undefined): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return list.check(mapped, 'ipv4');
  return isIPv4(address) ? list.check(address, 'ipv4') : isIPv6(address) && list.check(address, 'ipv6');
}

/** `GET /metrics` in Prometheus's text format, for the allowed addresses; a plain 403 for the rest. */
export function metricsEndpoint(metrics: ApiMetrics, allow: BlockList): RequestHandler {
  return async (request, response) => {
    if (!isAllowed(allow, request.ip)) {
      response.status(403).type('text').send('Metrics are not served to this address (METRICS_ALLOW).');
      return;
    }
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
