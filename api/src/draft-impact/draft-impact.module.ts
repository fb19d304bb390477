import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { QuotesModule } from '../quotes/quotes.module.js';
import { AgreementImpactService } from './agreement-impact.service.js';
import { DraftImpactResolver } from './draft-impact.resolver.js';
import { DraftImpactService } from './draft-impact.service.js';

/**
 * What publishing a draft would do to a centre's open quotes and agreement renewals. Above
 * catalogue, quotes and agreements: it asks their services (and pricing's, to price) and reads
 * none of their tables.
 */
@Module({
  imports: [CatalogueModule, AgenciesModule, PricingModule, QuotesModule, AgreementsModule],
  providers: [DraftImpactService, AgreementImpactService, DraftImpactResolver],
})
export class DraftImpactModule {}
