import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { PriceBenchmarkResolver } from './price-benchmark.resolver.js';
import { PriceBenchmarkService } from './price-benchmark.service.js';

/** The Nordic price benchmark: `priceBenchmark`, above catalogues, pricing and exchange rates. */
@Module({
  imports: [CatalogueModule, PricingModule, ExchangeRatesModule],
  providers: [PriceBenchmarkService, PriceBenchmarkResolver],
})
export class PriceBenchmarkModule {}
