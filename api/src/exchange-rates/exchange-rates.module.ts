import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ClockModule } from '../common/clock/clock.module.js';
import { ExchangeRateEntity } from './exchange-rate.entity.js';
import { ExchangeRateReadService } from './exchange-rate-read.service.js';
import { ExchangeRateRepository } from './exchange-rate.repository.js';
import { ExchangeRateResolver } from './exchange-rate.resolver.js';
import { ExchangeRateService } from './exchange-rate.service.js';

/** Exchange rates kept by administrators; ExchangeRateReadService for conversions, ExchangeRateService for seeding. */
@Module({
  imports: [TypeOrmModule.forFeature([ExchangeRateEntity]), AuditModule, ClockModule],
  providers: [ExchangeRateRepository, ExchangeRateReadService, ExchangeRateService, ExchangeRateResolver],
  exports: [ExchangeRateReadService, ExchangeRateService],
})
export class ExchangeRatesModule {}
