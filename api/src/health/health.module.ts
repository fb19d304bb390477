import { Global, Module } from '@nestjs/common';
import { DrainService } from './drain.service.js';
import { HealthController } from './health.controller.js';

/** `/healthz`, `/readyz` and the drain state they report; global so live connections can follow the drain. */
@Global()
@Module({ controllers: [HealthController], providers: [DrainService], exports: [DrainService] })
export class HealthModule {}
