import { createHash } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { Clock } from '../../common/clock/clock.js';
import { Metrics } from '../../metrics/metrics.js';
import { PublishedCatalogues } from '../published/published-catalogues.js';
import { answerConditionally } from './conditional-get.js';
import { keyOf, ResponseCache, ResponseCacheStats, type KeyContext } from './response-cache.js';

/** A GraphQL request as Fastify has parsed it (JSON body of a POST, or the query string of a GET). */
interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * Serves a response-cache hit before Apollo sees the request: the cached body is sent as the very
 * bytes Apollo would send, without parsing, validating or serializing again. It answers only what
 * {@link ResponseCachePlugin} stored — a key it finds was made by a request that passed every
 * check and executed without errors — and only requests Apollo would accept the same way: no
 * Authorization header, a POST with a JSON body or a GET that passes CSRF prevention, and a JSON
 * answer wanted. Anything else (and every miss) goes on to Apollo unchanged.
 */
@Injectable()
export class ResponseCacheFastPath implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cache: ResponseCache,
    private readonly stats: ResponseCacheStats,
    private readonly metrics: Metrics,
    private readonly published: PublishedCatalogues,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      if (!this.answer(request, reply)) done();
    });
  }

  /** True when the request was answered from the cache. */
  private answer(request: FastifyRequest, reply: FastifyReply): boolean {
    if (!isGraphQLPath(request.url) || !this.eligible(request)) return false;
    const fingerprint = this.published.loadedFingerprint();
    const params = paramsOf(request);
    const queryHash = params && queryHashOf(params);
    if (!fingerprint || !params || !queryHash) return false;
    const context = { today: this.clock.today(), fingerprint };
    const parts = {
      queryHash,
      operationName: typeof params.operationName === 'string' ? params.operationName : undefined,
      variables: params.variables as Record<string, unknown> | undefined,
      acceptLanguage: header(request, 'accept-language'),
      ...context,
    };
    const variablesJson = JSON.stringify(parts.variables ?? {});
    const text = keyText(parts, variablesJson);
    const key = keysOfHits.get(text) ?? keyOf(parts, variablesJson);
    const entry = this.cache.get(key);
    if (!entry) {
      // A miss goes on to Apollo, whose plugin would make the very same key again.
      this.cache.noteKey(request, key, context);
      return false;
    }
    if (text.length <= REMEMBERED_KEY_TEXT_MAX_LENGTH) keysOfHits.set(text, key);
    this.stats.hits += 1;
    this.metrics.cacheHit('response');
    reply.header('content-type', `${contentTypeFor(header(request, 'accept'))}; charset=utf-8`);
    if (request.method === 'GET') {
      const headers = answerConditionally(entry, header(request, 'if-none-match'), this.clock.now());
      for (const [name, value] of Object.entries(headers.set)) reply.header(name, value);
      if (headers.notModified) {
        this.stats.notModified += 1;
        void reply.code(304).send();
        return true;
      }
    }
    void reply.code(200).send(entry.body);
    // Counted as Apollo counts what it answers (graphqlMetricsPlugin), from the request's arrival.
    this.metrics.graphqlRequest(entry.operationName, reply.elapsedTime / 1000);
    return true;
  }

  /** Only what Apollo would answer with the same JSON: anonymous, CSRF-safe, JSON accepted. */
  private eligible(request: FastifyRequest): boolean {
    if (request.headers.authorization !== undefined) return false;
    if (contentTypeFor(header(request, 'accept')) === null) return false;
    const contentType = header(request, 'content-type')?.split(';')[0].trim().toLowerCase();
    if (request.method === 'POST') return contentType === 'application/json';
    if (request.method !== 'GET') return false;
    // Apollo's CSRF prevention: a GET must carry one of these headers (or a non-simple content-type).
    return (
      Boolean(header(request, 'apollo-require-preflight')) ||
      Boolean(header(request, 'x-apollo-operation-name'))
    );
  }
}

/** `/graphql`, with or without a query string. */
function isGraphQLPath(url: string): boolean {
  return url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

/**
 * The keys of requests answered from the cache lately, by the text they were hashed from: clients
 * repeat the same few requests, and a hit then costs no hash. Only hits are remembered, so a flood
 * of ever-new requests (prices of new volumes) neither fills this nor pushes the repeated ones out.
 * Bounded in entries and text length (at most about 500 × 4 KB).
 */
const keysOfHits = new LRUCache<string, string>({ max: 500 });
const REMEMBERED_KEY_TEXT_MAX_LENGTH = 4 * 1024;

/**
 * Everything a response key is made from, as sent (the Accept-Language header unparsed): equal
 * texts give equal keys. No part holds a NUL: JSON escapes it and HTTP headers refuse it.
 */
function keyText(
  parts: {
    queryHash: string;
    operationName: string | undefined;
    acceptLanguage: string | undefined;
  } & KeyContext,
  variablesJson: string,
): string {
  return [
    parts.queryHash,
    parts.operationName ?? '',
    variablesJson,
    parts.acceptLanguage ?? '',
    parts.today,
    parts.fingerprint,
  ].join('\u0000');
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The GraphQL parameters of the request; null when they are not plain JSON Apollo would take. */
function paramsOf(request: FastifyRequest): GraphQLParams | null {
  if (request.method === 'POST') {
    const body = request.body;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphQLParams) : null;
  }
  const query = request.query as Record<string, unknown>;
  try {
    return {
      query: query.query,
      operationName: query.operationName,
      variables: typeof query.variables === 'string' ? JSON.parse(query.variables) : undefined,
      extensions: typeof query.extensions === 'string' ? JSON.parse(query.extensions) : undefined,
    };
  } catch {
    return null;
  }
}

/**
 * The hashes of the query texts seen last: clients send the same few documents again and again.
 * Bounded in entries and text length (at most about 200 × 16 KB of texts).
 */
const queryHashes = new LRUCache<string, string>({ max: 200 });
const REMEMBERED_QUERY_MAX_LENGTH = 16 * 1024;

/** Apollo's queryHash: SHA-256 (hex) of the query text, or the persisted query's hash when only that is sent. */
function queryHashOf(params: GraphQLParams): string | null {
  if (typeof params.query === 'string') {
    const known = queryHashes.get(params.query);
    if (known !== undefined) return known;
    const hash = createHash('sha256').update(params.query).digest('hex');
    if (params.query.length <= REMEMBERED_QUERY_MAX_LENGTH) queryHashes.set(params.query, hash);
    return hash;
  }
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

const JSON_TYPES = ['application/json', 'application/graphql-response+json'] as const;

/**
 * The media type Apollo answers a single result with (its own negotiation, for the two JSON types):
 * none asked → application/json; else the acceptable one of highest quality, the more specific
 * one on a tie, then the one named first. Null when Apollo would negotiate something else: then the
 * fast path stands aside.
 */
function contentTypeFor(accept: string | undefined): (typeof JSON_TYPES)[number] | null {
  if (!accept) return 'application/json';
  const known = contentTypes.get(accept);
  if (known !== undefined) return known === 'none' ? null : known;
  const type = negotiate(accept);
  if (accept.length <= REMEMBERED_ACCEPT_MAX_LENGTH) contentTypes.set(accept, type ?? 'none');
  return type;
}

/** The media types negotiated lately, by Accept header: clients send the same few. */
const contentTypes = new LRUCache<string, (typeof JSON_TYPES)[number] | 'none'>({ max: 100 });
const REMEMBERED_ACCEPT_MAX_LENGTH = 256;

/** {@link contentTypeFor} of a header not seen lately. */
function negotiate(accept: string): (typeof JSON_TYPES)[number] | null {
  let best: { type: (typeof JSON_TYPES)[number]; q: number; specific: number } | null = null;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.length === 0 ? 1 : /^q=([01](\.\d{0,3})?)$/.exec(params[0] ?? '')?.[1];
    if (q === undefined || params.length > 1) return null;
    const quality = Number(q);
    const type = JSON_TYPES.find((candidate) => candidate === range);
    const specific = type ? 2 : range === 'application/*' ? 1 : range === '*/*' ? 0 : -1;
    if (specific < 0 || quality === 0) continue;
    if (!best || quality > best.q || (quality === best.q && specific > best.specific))
      best = { type: type ?? 'application/json', q: quality, specific };
  }
  return best?.type ?? null;
}
