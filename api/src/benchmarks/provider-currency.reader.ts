import { Injectable } from '@nestjs/common';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';
import { BenchmarkErrors } from './benchmark-figure.errors.js';
import { nationalCurrency } from './benchmark-figure.rules.js';

/**
 * A provider's currency, read through the catalogue's services. DESIGN gives the currency to the
 * catalogue version, so a centre's currency is that of its catalogue in force today; a centre
 * without one (just imported, not yet published) reports in its country's national currency.
 */
@Injectable()
export class ProviderCurrencyReader {
  constructor(private readonly catalogues: CatalogueReadService) {}

  /** @throws BadUserInputError on `field` when no provider has the code. */
  async currencyOf(providerCode: string, field = 'input.providerCode'): Promise<string> {
    const selected = await this.catalogues.selectVersion(null, { providerCode });
    if (selected.status === 'UNKNOWN_PROVIDER') throw BenchmarkErrors.unknownProvider(field);
    if (selected.status === 'FOUND') return selected.version.currency;
    const provider = (await this.catalogues.providers()).find((candidate) => candidate.code === providerCode);
    const currency = provider ? nationalCurrency(provider.country) : null;
    if (!currency) throw BenchmarkErrors.noCurrency(providerCode);
    return currency;
  }

  /** @throws BadUserInputError on `field` when no provider has the code. */
  async assertKnown(providerCode: string, field: string): Promise<void> {
    if (!(await this.catalogues.providerExists(providerCode))) throw BenchmarkErrors.unknownProvider(field);
  }
}
