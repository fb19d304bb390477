import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventBus } from '../common/events/event-bus.js';

/** Liveness and readiness for the load balancer (DESIGN, "One port in production"). */
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready only while the database answers, and Redis too when REDIS_URL is set. */
  @Get('readyz')
  async ready(): Promise<{ status: 'ready' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'database unreachable' });
    }
    if (!(await this.events.ready())) {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'redis unreachable' });
    }
    return { status: 'ready' };
  }
}
