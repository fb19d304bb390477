import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventBus } from '../common/events/event-bus.js';
import { DrainService } from './drain.service.js';

/** How long `/readyz` waits for the database: the load balancer checks every second. */
const DATABASE_CHECK_MS = 2000;

/** What `/readyz` answers; `redis` only when REDIS_URL is set. */
export interface Readiness {
  status: 'ready';
  redis?: 'up' | 'down';
}

/** Liveness and readiness for the load balancer (DESIGN, "One port in production", "Caching and several instances"). */
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly drain: DrainService,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready while the database answers and the instance is not draining. Redis down is not an
   * error — events then stay within this instance — so it is reported, never a reason for 503.
   */
  @Get('readyz')
  async ready(): Promise<Readiness> {
    if (this.drain.draining) throw new ServiceUnavailableException({ status: 'draining' });
    if (!(await this.databaseAnswers())) {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'database unreachable' });
    }
    if (!this.events.distributed) return { status: 'ready' };
    return { status: 'ready', redis: (await this.events.redisUp()) ? 'up' : 'down' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_CHECK_MS);
    });
    const answered = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
