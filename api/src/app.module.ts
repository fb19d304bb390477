import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from './config/config.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './common/database/database.module.js';
import { EventsModule } from './common/events/events.module.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import {
  CompiledApolloDriver,
  type CompiledApolloDriverConfig,
} from './common/graphql/compiled-apollo-driver.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { PlainFieldResolvers, PlainFieldResolversModule } from './common/graphql/plain-field-resolvers.js';
import { GraphQLWsServer } from './common/graphql/subscriptions.js';
import { HealthModule } from './health/health.module.js';
import { Metrics } from './metrics/metrics.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { SeedModule } from './seed/seed.module.js';
import { PricingModule } from './pricing/pricing.module.js';
import { QuotesModule } from './quotes/quotes.module.js';
import { DraftImpactModule } from './draft-impact/draft-impact.module.js';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AgenciesModule } from './agencies/agencies.module.js';
import { BenchmarksModule } from './benchmarks/benchmarks.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { ExchangeRatesModule } from './exchange-rates/exchange-rates.module.js';
import { PriceBenchmarkModule } from './price-benchmark/price-benchmark.module.js';
import { StandardsModule } from './standards/standards.module.js';
import { WebAppModule } from './web-app/web-app.module.js';

@Module({})
export class AppModule {
  /** The whole app; `webRoot` is the built web app's folder, when there is one to serve. */
  static forRoot(config: AppConfig, webRoot: string | null = null): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventsModule,
        IdempotencyModule,
        PlainFieldResolversModule,
        GraphQLModule.forRootAsync<CompiledApolloDriverConfig>({
          driver: CompiledApolloDriver,
          inject: [APP_CONFIG, Metrics, PlainFieldResolvers],
          useFactory: graphqlOptions,
        }),
        MetricsModule,
        HealthModule,
        AuthModule,
        CatalogueModule,
        AgenciesModule,
        PricingModule,
        QuotesModule,
        DraftImpactModule,
        AgreementsModule,
        ProposalsModule,
        BenchmarksModule,
        ExchangeRatesModule,
        PriceBenchmarkModule,
        SeedModule,
        StandardsModule,
        ...(webRoot ? [WebAppModule.forRoot(webRoot)] : []),
      ],
      providers: [GraphQLWsServer],
    };
  }
}
