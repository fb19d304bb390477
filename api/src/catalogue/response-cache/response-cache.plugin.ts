import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextResponseForOperation,
  GraphQLRequestListener,
  GraphQLResponse,
} from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { FormattedExecutionResult } from 'graphql';
import { Clock } from '../../common/clock/clock.js';
import type { GraphQLContext } from '../../common/graphql/graphql-options.js';
import { Metrics } from '../../metrics/metrics.js';
import { CatalogueChanges } from '../published/catalogue-changes.js';
import { PublishedCatalogues } from '../published/published-catalogues.js';
import { cacheClassOf, type CacheClass } from './cacheable-operation.js';
import { answerConditionally } from './conditional-get.js';
import { ResponseCache, ResponseCacheStats, responseKey, type CachedResponse } from './response-cache.js';

/**
 * The response cache in front of execution (DESIGN "Caching and several instances"). An anonymous
 * query of published catalogue data or prices (see {@link cacheClassOf}) is answered from memory
 * when an equal one was answered before: same document and operation, same variables, same
 * Accept-Language, same day (UTC) and the same published picture (its fingerprint names every
 * provider and published version, so a publish anywhere makes new keys). Never with any
 * Authorization header (a signed-in user's answer can hold drafts), never a mutation, never an
 * answer with errors.
 *
 * Anonymous GET requests — Apollo's automatic persisted queries,
 * `GET /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}&variables=…` — also get
 * an `ETag` (a hash of the body), `Cache-Control: public, max-age=…` (at most 60 s and never past
 * midnight UTC, when "in force today" may change) and `Vary: Accept-Language, Authorization`, and
 * are answered 304 when `If-None-Match` matches. Apollo's CSRF prevention stays on: a GET must
 * carry `apollo-require-preflight: true` (or `x-apollo-operation-name`, or a content-type other
 * than the three "simple" ones), else it is refused with 400 before anything runs.
 */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<BaseContext> {
  constructor(
    private readonly cache: ResponseCache,
    private readonly stats: ResponseCacheStats,
    private readonly published: PublishedCatalogues,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
    changes: CatalogueChanges,
  ) {
    // The keys would change anyway; dropping the old entries frees their memory now.
    changes.onDrop(() => cache.clear());
  }

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    let key: string | null = null;
    let kind: CacheClass | null = null;
    let hit: CachedResponse | null = null;
    return Promise.resolve({
      responseForOperation: async (request) => {
        kind = cacheClassOf(request.operation);
        key = kind && (await this.keyOf(request));
        if (key === null) return null;
        hit = this.cache.get(key) ?? null;
        if (!hit) {
          this.stats.misses += 1;
          this.metrics.cacheMiss('response');
          return null;
        }
        this.stats.hits += 1;
        this.metrics.cacheHit('response');
        return answer(hit);
      },
      willSendResponse: async (request) => {
        if (key === null || kind === null) return;
        const entry = hit ?? this.store(key, kind, request);
        if (entry && request.request.http?.method === 'GET') this.conditional(request, entry);
        return Promise.resolve();
      },
    });
  }

  /** The cache key, or null when this request must not be answered from (or kept in) the cache. */
  private async keyOf(
    request: GraphQLRequestContextResponseForOperation<BaseContext>,
  ): Promise<string | null> {
    const headers = request.request.http?.headers;
    if (!headers || headers.has('authorization')) return null;
    let fingerprint: string;
    try {
      fingerprint = (await this.published.state()).fingerprint;
    } catch {
      // The picture cannot be loaded (the database is down): execute, and let that answer.
      return null;
    }
    if (!request.queryHash) return null;
    const context = { today: this.clock.today(), fingerprint };
    const noted = this.cache.notedKey((request.contextValue as Partial<GraphQLContext>).req ?? {}, context);
    // The request's own operationName and variables, as sent: the fast path keys them the same way.
    return (
      noted ??
      responseKey({
        queryHash: request.queryHash,
        operationName: request.request.operationName,
        variables: request.request.variables,
        acceptLanguage: headers.get('accept-language'),
        ...context,
      })
    );
  }

  /** Keeps a successful answer; an answer with errors (or none) is never kept. */
  private store(
    key: string,
    kind: CacheClass,
    request: GraphQLRequestContext<BaseContext>,
  ): CachedResponse | null {
    const { body, http } = request.response;
    if (!body || body.kind !== 'single') return null;
    const result = body.singleResult;
    if (result.errors?.length || !result.data || (http.status !== undefined && http.status !== 200))
      return null;
    if (!this.cache.admits(key, kind))
      // Not kept, but a GET still gets its ETag.
      return request.request.http?.method === 'GET' ? this.cache.entryOf(result) : null;
    this.stats.stores += 1;
    return this.cache.put(key, result, kind, request.operationName ?? null);
  }

  private conditional(request: GraphQLRequestContext<BaseContext>, entry: CachedResponse): void {
    const { headers } = request.response.http;
    const answer = answerConditionally(
      entry,
      request.request.http?.headers.get('if-none-match'),
      this.clock.now(),
      headers.get('vary'),
    );
    for (const [name, value] of Object.entries(answer.set)) headers.set(name, value);
    if (answer.notModified) {
      request.response.http.status = 304;
      this.stats.notModified += 1;
    }
  }
}

/** A hit that reaches Apollo (the fast path answers most before it): the kept body, parsed again. */
function answer(entry: CachedResponse): GraphQLResponse {
  const singleResult = JSON.parse(entry.body.toString('utf8')) as FormattedExecutionResult;
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult } };
}
