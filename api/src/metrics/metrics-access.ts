import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';

/** What the access rule looks at in a request to `/metrics`. */
export interface MetricsRequest {
  /** The TCP peer's address. */
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  authorization: string | string[] | undefined;
}

export interface MetricsAccessRule {
  /** TRUST_PROXY: how many proxies in front; the client is the X-Forwarded-For entry that many hops from the right. */
  trustProxy: number;
  /** METRICS_TOKEN; undefined: loopback only. */
  token: string | undefined;
}

/**
 * DESIGN "Limits" (ops endpoints): `/metrics` answers the loopback interface, or a request with
 * `Authorization: Bearer $METRICS_TOKEN`. Behind a proxy on the same host the TCP peer is always
 * loopback, so the client address is taken the way TRUST_PROXY says — else the proxy would hand
 * the metrics to anyone.
 */
export function metricsAccessAllowed(request: MetricsRequest, rule: MetricsAccessRule): boolean {
  if (rule.token !== undefined && bearerMatches(request.authorization, rule.token)) return true;
  return isLoopback(clientAddress(request.socketAddress, request.forwardedFor, rule.trustProxy));
}

/** The X-Forwarded-For entry `trustProxy` hops from the right (the socket's peer is hop 0). */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string | undefined {
  if (trustProxy === 0) return socketAddress;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, socketAddress ?? ''];
  // Fewer hops than proxies configured: the farthest one known, never the nearer (trusted) ones.
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  if (isIPv4(plain)) return plain.startsWith('127.');
  return plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

function bearerMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return false;
  // Compared as hashes: equal lengths, and the time taken says nothing about the token.
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
