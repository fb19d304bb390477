import type { CachedResponse } from './response-cache.js';

/** How long a browser or CDN may reuse an anonymous GET answer without asking again. */
const MAX_AGE_SECONDS = 60;

/** The caching headers of an anonymous GET answer, and whether it is 304 Not Modified. */
export interface ConditionalAnswer {
  set: Record<string, string>;
  notModified: boolean;
}

/**
 * `ETag`, `Cache-Control: public, max-age=…` (at most 60 s and never past midnight UTC, when "in
 * force today" may change) and `Vary: Accept-Language, Authorization` for an anonymous GET answer;
 * 304 when `If-None-Match` holds its tag.
 */
export function answerConditionally(
  entry: Pick<CachedResponse, 'etag'>,
  ifNoneMatch: string | undefined,
  now: Date,
  vary?: string,
): ConditionalAnswer {
  return {
    set: {
      etag: entry.etag,
      'cache-control': `public, max-age=${maxAge(now)}`,
      vary: varyWith(vary, ['Accept-Language', 'Authorization']),
    },
    notModified: matches(ifNoneMatch, entry.etag),
  };
}

/** Seconds a shared answer stays fresh: at most {@link MAX_AGE_SECONDS}, and not past midnight UTC. */
function maxAge(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(0, Math.min(MAX_AGE_SECONDS, Math.floor((midnight - now.getTime()) / 1000)));
}

/** If-None-Match: a list of tags (weak ones compared weakly, RFC 9110 §13.1.2) or "*". */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function varyWith(current: string | undefined, names: readonly string[]): string {
  const present = (current ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const lower = new Set(present.map((name) => name.toLowerCase()));
  return [...present, ...names.filter((name) => !lower.has(name.toLowerCase()))].join(', ');
}
