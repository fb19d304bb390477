import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompiledCatalogueCache } from './compiled-catalogue.cache.js';
import { PriceLineResolver, PricingResolver } from './pricing.resolver.js';
import { PricingService } from './pricing.service.js';

/**
 * Pricing configurations against catalogue versions: `priceConfiguration` and
 * `compareConfigurations`, and {@link PricingService} for other domains (quotes), with the
 * compiled published catalogues (the price benchmark prices them directly).
 */
@Module({
  imports: [CatalogueModule],
  providers: [CompiledCatalogueCache, PricingService, PricingResolver, PriceLineResolver],
  exports: [PricingService, CompiledCatalogueCache],
})
export class PricingModule {}
