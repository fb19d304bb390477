import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { QuotesModule } from '../quotes/quotes.module.js';
import { DraftImpactResolver } from './draft-impact.resolver.js';
import { DraftImpactService } from './draft-impact.service.js';

/**
 * What publishing a draft would do to a centre's open quotes. Above catalogue and quotes: it asks
 * their services (and pricing's, to price) and reads none of their tables.
 */
@Module({
  imports: [CatalogueModule, AgenciesModule, PricingModule, QuotesModule],
  providers: [DraftImpactService, DraftImpactResolver],
})
export class DraftImpactModule {}
