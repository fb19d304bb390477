import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import { CatalogueImportService } from '../catalogue/import-export/catalogue-import.service.js';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';
import { AgencyService } from '../agencies/agency.service.js';
import { UsersService } from '../users/users.service.js';
import { BenchmarkFigureService } from '../benchmarks/benchmark-figure.service.js';
import { DEMO_BENCHMARK_FIGURES } from './demo-benchmarks.js';
import { DEMO_EXCHANGE_RATES } from './demo-exchange-rates.js';
import { ExchangeRateService } from '../exchange-rates/exchange-rate.service.js';
import { DemoProposalSeeder } from './demo-proposal-seeder.js';
import { DEMO_AGENCIES, DEMO_CATALOGUES, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';

/**
 * Loads the demo catalogues (published), agencies and demo users into an empty database at start,
 * when SEED_DEMO asks for it (DESIGN: default on for the embedded SQLite database when empty).
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionService,
    private readonly importer: CatalogueImportService,
    private readonly reader: CatalogueReadService,
    private readonly agencies: AgencyService,
    private readonly users: UsersService,
    private readonly benchmarks: BenchmarkFigureService,
    private readonly exchangeRates: ExchangeRateService,
    private readonly proposals: DemoProposalSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo === false) return;
    if ((await this.reader.providers()).length > 0) {
      if (this.config.seedDemo === true)
        this.logger.log('Demo data skipped: the database already has catalogues.');
      return;
    }
    await this.seed();
  }

  /** Imports and publishes every demo catalogue, then creates the demo agencies, users, benchmark figures, exchange rates and proposals. */
  async seed(): Promise<void> {
    // One transaction: a failed seed leaves the database empty, so the next start tries again.
    await this.transactions.run(async (manager) => {
      for (const document of DEMO_CATALOGUES)
        await this.importer.importAndPublishIn(manager, document, SYSTEM_ACTOR);
      const agencyIds = new Map<string, string>();
      for (const { key, ...agency } of DEMO_AGENCIES) {
        agencyIds.set(key, (await this.agencies.create(manager, agency)).id);
      }
      for (const { agencyKey, ...user } of DEMO_USERS) {
        const agencyId = agencyKey ? agencyIds.get(agencyKey) : undefined;
        await this.users.createUser(manager, {
          ...user,
          agencyId,
          password: DEMO_PASSWORD,
          mustChangePassword: false,
        });
      }
      for (const figure of DEMO_BENCHMARK_FIGURES)
        await this.benchmarks.create(manager, SYSTEM_ACTOR, figure);
      for (const rate of DEMO_EXCHANGE_RATES) await this.exchangeRates.create(manager, SYSTEM_ACTOR, rate);
      await this.proposals.seedIn(manager, agencyIds);
    });
    this.logger.log(
      `Demo data loaded: ${DEMO_CATALOGUES.length} catalogues, ${DEMO_USERS.length} demo users.`,
    );
  }
}
