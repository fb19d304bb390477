import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { SqlStatementCounter } from '../common/database/sql-statement-counter.js';
import { registerDatabaseMetrics } from './database-metrics.js';
import { WEB_OPERATION_NAMES } from './web-operation-names.js';

/** What an operation whose name is not the web app's is counted as (bounded label set). */
export const OTHER_OPERATION = 'other';

const KNOWN_OPERATIONS = new Set(WEB_OPERATION_NAMES);
/** Error codes are SCREAMING_SNAKE_CASE; anything else is counted as OTHER so labels stay bounded. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
/** Seconds; the goals are about p99 ≤ 20 ms, so the buckets are fine below 50 ms. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The app's Prometheus metrics, one registry per app (tests start several apps in one process):
 * GraphQL requests and latency by operation, errors by code, cache hits and misses, the database
 * pool and statement count, and prom-client's process and event-loop metrics.
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation'>;
  private readonly latency: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly cacheHits: Counter<'cache'>;
  private readonly cacheMisses: Counter<'cache'>;

  constructor(@InjectDataSource() dataSource: DataSource, statements: SqlStatementCounter) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name (the web app’s names; any other is "other").',
      labelNames: ['operation'],
      registers,
    });
    this.latency = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response, by operation name.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.cacheHits = new Counter({
      name: 'cache_hits_total',
      help: 'Lookups answered from a cache, by cache name.',
      labelNames: ['cache'],
      registers,
    });
    this.cacheMisses = new Counter({
      name: 'cache_misses_total',
      help: 'Lookups a cache could not answer, by cache name.',
      labelNames: ['cache'],
      registers,
    });
    registerDatabaseMetrics(this.registry, dataSource, statements);
  }

  /** The label an operation is counted under: its name when the web app has it, else "other". */
  static operationLabel(name: string | null | undefined): string {
    return name && KNOWN_OPERATIONS.has(name) ? name : OTHER_OPERATION;
  }

  /** One GraphQL request answered after `seconds`. */
  graphqlRequest(operationName: string | null | undefined, seconds: number): void {
    const operation = Metrics.operationLabel(operationName);
    this.requests.inc({ operation });
    this.latency.observe({ operation }, seconds);
  }

  /**
   * One operation started over WebSocket (a subscription), counted with the HTTP requests; its
   * duration is the subscription's lifetime, so no latency is recorded.
   */
  socketOperation(operationName: string | null | undefined): void {
    this.requests.inc({ operation: Metrics.operationLabel(operationName) });
  }

  /** One error sent to a client with this `extensions.code`. */
  graphqlError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER' });
  }

  /** A lookup in cache `cacheName` (a fixed name in code, e.g. "response") that was answered. */
  cacheHit(cacheName: string): void {
    this.cacheHits.inc({ cache: cacheName });
  }

  /** A lookup in cache `cacheName` that had to be computed. */
  cacheMiss(cacheName: string): void {
    this.cacheMisses.inc({ cache: cacheName });
  }

  /** Every metric in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}
