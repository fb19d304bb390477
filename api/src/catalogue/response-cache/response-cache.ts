import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { parseAcceptLanguage } from '../../common/i18n/accept-language.js';

/** Bytes of serialized responses the cache may hold in all. */
export const RESPONSE_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** A larger response is not kept (it would push out too many others). */
export const RESPONSE_CACHE_MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/** One cached response: the result as GraphQL formatted it, its body as sent, and the body's ETag. */
export interface CachedResponse {
  result: FormattedExecutionResult;
  /** The JSON text Apollo sends for `result` (its own serialization: JSON and a newline). */
  body: string;
  etag: string;
}

/** Everything an anonymous answer depends on (see ResponseCachePlugin). */
export interface ResponseKeyParts {
  /** SHA-256 (hex) of the query text — Apollo's queryHash, also the APQ hash. */
  queryHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
  acceptLanguage: string | undefined;
  today: string;
  fingerprint: string;
}

/** Hit and miss counts of the response cache, for `/metrics`. */
@Injectable()
export class ResponseCacheStats {
  /** Cacheable anonymous requests answered without executing. */
  hits = 0;
  /** Cacheable anonymous requests that had to execute. */
  misses = 0;
  /** Responses stored. */
  stores = 0;
  /** GET requests answered 304 Not Modified (their If-None-Match matched). */
  notModified = 0;
}

/**
 * Anonymous responses of published catalogue data, bounded in bytes (the length of their JSON),
 * least recently used dropped first. The key is made by the caller from everything the response
 * depends on; a changed catalogue makes new keys, and the old entries age out.
 */
@Injectable()
export class ResponseCache {
  private readonly entries = new LRUCache<string, CachedResponse>({
    maxSize: RESPONSE_CACHE_MAX_BYTES,
    // A larger response is refused by the LRU itself.
    maxEntrySize: RESPONSE_CACHE_MAX_ENTRY_BYTES,
  });

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Keeps `result` under `key`; returns it with its ETag (also when too large to keep). */
  put(key: string, result: FormattedExecutionResult): CachedResponse {
    const body = `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
    const entry: CachedResponse = { result, body, etag: etagOf(body) };
    this.entries.set(key, entry, { size: Buffer.byteLength(body) });
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }

  /** Entries and bytes held (diagnostics and tests). */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}

/** A strong ETag: the same body gives the same tag on every instance. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** The key of a response: a hash of everything it depends on. */
export function responseKey(parts: ResponseKeyParts): string {
  return createHash('sha256')
    .update(
      [
        parts.queryHash,
        parts.operationName ?? '',
        JSON.stringify(parts.variables ?? {}),
        parseAcceptLanguage(parts.acceptLanguage).join(','),
        parts.today,
        parts.fingerprint,
      ].join('\u0000'),
    )
    .digest('base64url');
}
