import { Controller, Get, Header, Inject, NotFoundException, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Registry } from 'prom-client';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { metricsAccessAllowed } from './metrics-access.js';
import { Metrics } from './metrics.js';

/** Prometheus scrape endpoint; see {@link metricsAccessAllowed} for who may read it. */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('metrics')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: FastifyRequest): Promise<string> {
    const allowed = metricsAccessAllowed(
      {
        socketAddress: request.socket.remoteAddress,
        forwardedFor: request.headers['x-forwarded-for'],
        authorization: request.headers.authorization,
      },
      { trustProxy: this.config.trustProxy, token: this.config.metricsToken },
    );
    // Refused like a path that does not exist: nothing tells a stranger there is something here.
    if (!allowed) throw new NotFoundException();
    return this.metrics.render();
  }
}
