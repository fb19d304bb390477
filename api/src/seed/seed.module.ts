import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { UsersModule } from '../users/users.module.js';
import { BenchmarksModule } from '../benchmarks/benchmarks.module.js';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { DemoProposalSeeder } from './demo-proposal-seeder.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [
    CatalogueModule,
    AgenciesModule,
    UsersModule,
    BenchmarksModule,
    ExchangeRatesModule,
    ProposalsModule,
  ],
  providers: [DemoSeedService, DemoProposalSeeder],
})
export class SeedModule {}
