import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';
import { clientAddress } from '../common/http/client-address.js';

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
  const origin = {
    headers: { 'x-forwarded-for': request.forwardedFor },
    socket: { remoteAddress: request.socketAddress },
  };
  return isLoopback(clientAddress(origin, rule.trustProxy));
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
