import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { BenchmarkFigureEntity } from './benchmark-figure.entity.js';
import { BenchmarkFigureReadService } from './benchmark-figure-read.service.js';
import { BenchmarkFigureRepository } from './benchmark-figure.repository.js';
import { BenchmarkFigureResolver } from './benchmark-figure.resolver.js';
import { BenchmarkFigureService } from './benchmark-figure.service.js';
import { ProviderCurrencyReader } from './provider-currency.reader.js';

/** Benchmark figures: the centres' unit costs by year and KPI, public to read; BenchmarkFigureService for seeding. */
@Module({
  imports: [TypeOrmModule.forFeature([BenchmarkFigureEntity]), AuditModule, CatalogueModule],
  providers: [
    BenchmarkFigureRepository,
    ProviderCurrencyReader,
    BenchmarkFigureReadService,
    BenchmarkFigureService,
    BenchmarkFigureResolver,
  ],
  exports: [BenchmarkFigureService],
})
export class BenchmarksModule {}
