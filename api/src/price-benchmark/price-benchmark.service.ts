import { Injectable } from '@nestjs/common';
import {
  benchmarkCentre,
  chooseRate,
  convertOffer,
  CURRENCY_MINOR_DIGITS,
  profileProblems,
  type CentreBenchmark,
  type ExchangeRateFact,
  type StandardProfile,
} from '@servicekatalog/shared';
import { Clock } from '../common/clock/clock.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';
import type { ProviderModel } from '../catalogue/models/provider.model.js';
import { ExchangeRateReadService } from '../exchange-rates/exchange-rate-read.service.js';
import { CompiledCatalogueCache } from '../pricing/compiled-catalogue.cache.js';
import { NotOfferedReasonEnum } from './models/benchmark-enums.js';
import type { CentrePriceModel } from './models/centre-price.model.js';

export interface PriceBenchmarkQuery {
  profile: StandardProfile;
  currency: string;
  at?: string | null;
}

/**
 * The Nordic price benchmark (DESIGN "Centres side by side"): the profile priced at every centre
 * with a catalogue in force on the date, by the shared engine and the shared benchmark rules; this
 * service only finds the catalogues and the rates. Public, like the published catalogues it reads.
 */
@Injectable()
export class PriceBenchmarkService {
  constructor(
    private readonly catalogues: CatalogueReadService,
    private readonly compiled: CompiledCatalogueCache,
    private readonly rates: ExchangeRateReadService,
    private readonly clock: Clock,
  ) {}

  async benchmark(query: PriceBenchmarkQuery): Promise<CentrePriceModel[]> {
    const currency = checkCurrency(query.currency);
    const profile = checkProfile(query.profile);
    const at = query.at ?? this.clock.today();
    const facts = await this.rates.ratesInto(currency, at);
    const prices: CentrePriceModel[] = [];
    for (const provider of await this.catalogues.providers()) {
      const found = await this.catalogues.findVisible(null, { providerCode: provider.code, at });
      // A centre with no catalogue in force that day has nothing to compare.
      if (!found) continue;
      const centre = benchmarkCentre(await this.compiled.compiled(found), profile);
      prices.push(toModel(provider, centre, { facts, currency, at, profile }));
    }
    return prices;
  }
}

function checkCurrency(currency: string): string {
  if (!Object.hasOwn(CURRENCY_MINOR_DIGITS, currency))
    throw new BadUserInputError(
      `currency must be one of ${Object.keys(CURRENCY_MINOR_DIGITS).join(', ')}.`,
      'currency',
    );
  return currency;
}

function checkProfile(profile: StandardProfile): StandardProfile {
  const [first] = profileProblems(profile);
  if (first)
    throw new BadUserInputError(`${first.message}.`, `profile.${first.field}`, { reason: first.code });
  return {
    kind: profile.kind,
    volumes: profile.volumes.map(({ measure, quantity }) => ({ measure, quantity })),
  };
}

interface Conversion {
  facts: readonly ExchangeRateFact[];
  currency: string;
  at: string;
  profile: StandardProfile;
}

function toModel(provider: ProviderModel, centre: CentreBenchmark, conversion: Conversion): CentrePriceModel {
  const base = {
    providerCode: provider.code,
    providerName: provider.name,
    catalogueVersion: centre.catalogueVersion,
    currency: centre.currency,
    servicePackageCode: centre.servicePackageCode,
  };
  if (!centre.offered) {
    return {
      ...base,
      offered: false,
      notOfferedReason: NotOfferedReasonEnum[centre.reason],
      missingDrivers: centre.missingDrivers,
      issueCodes: centre.issueCodes,
      serviceLevelCode: null,
      total: null,
      pricePerPayslip: null,
      converted: null,
      rateMissing: false,
    };
  }
  const rate = chooseRate(conversion.facts, centre.currency, conversion.currency, conversion.at);
  return {
    ...base,
    offered: true,
    notOfferedReason: null,
    missingDrivers: [],
    issueCodes: [],
    serviceLevelCode: centre.serviceLevelCode,
    total: centre.total,
    pricePerPayslip: centre.pricePerPayslip,
    converted: rate === undefined ? null : convertOffer(centre, rate, conversion.profile),
    rateMissing: rate === undefined,
  };
}
