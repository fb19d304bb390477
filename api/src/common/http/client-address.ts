/** The parts of an HTTP request that tell who sent it. */
export interface RequestOrigin {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined } | null;
  ip?: string;
}

/**
 * The client's address (DESIGN, "Limits" → Sign-in): with `trustProxy` proxies in front, the
 * X-Forwarded-For entry that many hops from the right (each proxy appends the address it saw,
 * so entries further left are whatever the client claimed); with 0 the socket's address and the
 * header is ignored. Too few entries: the leftmost one, the furthest hop any trusted proxy saw.
 */
export function clientAddress(request: RequestOrigin, trustProxy: number): string {
  const socketAddress = request.socket?.remoteAddress ?? request.ip ?? 'unknown';
  if (trustProxy <= 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return socketAddress;
  return entries[Math.max(0, entries.length - trustProxy)];
}
