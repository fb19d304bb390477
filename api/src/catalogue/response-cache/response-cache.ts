import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { parseAcceptLanguage } from '../../common/i18n/accept-language.js';
import type { CacheClass } from './cacheable-operation.js';

/** Bytes of serialized catalogue responses (providers, catalogue, exportCatalogue) the cache may hold. */
export const RESPONSE_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Bytes of serialized prices: apart, so that prices of ever-new volumes cannot push catalogues out. */
export const PRICING_CACHE_MAX_BYTES = 8 * 1024 * 1024;
/** Pricing requests remembered (by key only) to admit a price the second time it is asked. */
const PRICING_SEEN_KEYS = 10_000;
/** A larger response is not kept (it would push out too many others). */
export const RESPONSE_CACHE_MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * One cached response: its body as sent and the body's ETag. Only the bytes are kept — not the
 * result objects they were made from, which take several times their JSON's size — so the cache's
 * bound in bytes is what it holds.
 */
export interface CachedResponse {
  /**
   * The bytes Apollo sends for the result (its own serialization: JSON and a newline, UTF-8),
   * encoded once so that a hit writes them as they are.
   */
  body: Buffer;
  etag: string;
  /** The operation's name as executed (resolved from the document), for counting hits. */
  operationName: string | null;
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

/** What a key depends on besides the request itself. */
export type KeyContext = Pick<ResponseKeyParts, 'today' | 'fingerprint'>;

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
 * Anonymous responses of published catalogue data and of prices, bounded in bytes (the length of
 * their JSON) in two separate LRUs, least recently used dropped first. The key is made by the caller from everything the response
 * depends on; a changed catalogue makes new keys, and the old entries age out.
 */
@Injectable()
export class ResponseCache {
  private readonly entries: Record<CacheClass, LRUCache<string, CachedResponse>> = {
    // A larger response is refused by the LRU itself.
    catalogue: new LRUCache({
      maxSize: RESPONSE_CACHE_MAX_BYTES,
      maxEntrySize: RESPONSE_CACHE_MAX_ENTRY_BYTES,
    }),
    pricing: new LRUCache({ maxSize: PRICING_CACHE_MAX_BYTES, maxEntrySize: RESPONSE_CACHE_MAX_ENTRY_BYTES }),
  };
  private readonly pricingSeen = new LRUCache<string, true>({ max: PRICING_SEEN_KEYS });
  /** The key the fast path made for a request, so that a miss is not hashed twice. */
  private readonly requestKeys = new WeakMap<object, { key: string; parts: KeyContext }>();

  /** Remembers the key made for `request` (the Fastify request) from `parts`. */
  noteKey(request: object, key: string, parts: KeyContext): void {
    this.requestKeys.set(request, { key, parts });
  }

  /**
   * The key noted for `request` when it was made in the same context (published picture and
   * day: either may have changed in between); else undefined, and the caller makes its own.
   */
  notedKey(request: object, parts: KeyContext): string | undefined {
    const noted = this.requestKeys.get(request);
    return noted && noted.parts.fingerprint === parts.fingerprint && noted.parts.today === parts.today
      ? noted.key
      : undefined;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.catalogue.get(key) ?? this.entries.pricing.get(key);
  }

  /**
   * Whether an answer under `key` is worth keeping: a catalogue answer always; a price only the
   * second time it is asked — most prices are asked once (new volumes), and serializing them for
   * nothing would slow every one down.
   */
  admits(key: string, kind: CacheClass): boolean {
    if (kind === 'catalogue' || this.pricingSeen.has(key)) return true;
    this.pricingSeen.set(key, true);
    return false;
  }

  /** The entry of `result` (body and ETag) without keeping it. */
  entryOf(result: FormattedExecutionResult, operationName: string | null = null): CachedResponse {
    const text = `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
    return { body: Buffer.from(text, 'utf8'), etag: etagOf(text), operationName };
  }

  /** Keeps `result` under `key` in the cache of its kind; returns its entry (also when too large to keep). */
  put(
    key: string,
    result: FormattedExecutionResult,
    kind: CacheClass,
    operationName: string | null = null,
  ): CachedResponse {
    const entry = this.entryOf(result, operationName);
    this.entries[kind].set(key, entry, { size: entry.body.length });
    return entry;
  }

  clear(): void {
    this.entries.catalogue.clear();
    this.entries.pricing.clear();
    this.pricingSeen.clear();
  }

  /** Entries and bytes held (diagnostics and tests). */
  get usage(): { entries: number; bytes: number } {
    const { catalogue, pricing } = this.entries;
    return {
      entries: catalogue.size + pricing.size,
      bytes: catalogue.calculatedSize + pricing.calculatedSize,
    };
  }
}

/** A strong ETag: the same body gives the same tag on every instance. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** The key of a response: a hash of everything it depends on. */
export function responseKey(parts: ResponseKeyParts): string {
  return keyOf(parts, JSON.stringify(parts.variables ?? {}));
}

/**
 * {@link responseKey} of `parts` with their variables as JSON already (`variablesJson`): the
 * languages are taken as parsed, so headers that differ only in spacing share a key.
 */
export function keyOf(parts: ResponseKeyParts, variablesJson: string): string {
  return createHash('sha256')
    .update(
      [
        parts.queryHash,
        parts.operationName ?? '',
        variablesJson,
        parseAcceptLanguage(parts.acceptLanguage).join(','),
        parts.today,
        parts.fingerprint,
      ].join('\u0000'),
    )
    .digest('base64url');
}
