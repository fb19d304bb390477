import { Injectable } from '@nestjs/common';
import {
  compileCatalogue,
  Decimal,
  minorDigits,
  priceConfiguration,
  PricingInputError,
  type PriceBreakdown,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { CatalogueExportService } from '../catalogue/import-export/catalogue-export.service.js';
import { CataloguePolicy } from '../catalogue/catalogue.policy.js';
import { CatalogueRepository } from '../catalogue/catalogue.repository.js';
import type { QuoteImpactModel } from './models/quote-impact.model.js';
import { OpenQuotesReader, type OpenQuote } from './open-quotes.reader.js';

/**
 * What publishing the draft would do to the centre's open quotes (issue 5): every DRAFT or
 * SUBMITTED quote of its agencies is priced again against the draft, with the same engine of
 * shared/ that priced it, and compared with the totals it was offered. The draft is loaded and
 * compiled once for all quotes (PricingService would compile a draft afresh for every quote).
 * Nothing is written: a quote keeps its pinned version and snapshot until it is revised.
 */
@Injectable()
export class DraftImpactService {
  constructor(
    private readonly repository: CatalogueRepository,
    private readonly exporter: CatalogueExportService,
    private readonly quotes: OpenQuotesReader,
  ) {}

  /** The provider's managers and administrators; NOT_FOUND for an unknown provider or one without a draft. */
  async draftImpact(actor: Actor | null, providerCode: string): Promise<QuoteImpactModel[]> {
    CataloguePolicy.requireManagerOf(actor, providerCode);
    const found = await this.repository.providerWithVersions(providerCode);
    if (!found) throw new NotFoundError(`The provider ${providerCode}`, 'providerCode');
    const draft = found.versions.find((version) => version.status === 'DRAFT');
    if (!draft) throw new NotFoundError(`A draft of the catalogue of ${providerCode}`, 'providerCode');
    const catalogue = compileCatalogue(
      await this.exporter.documentOf({ provider: found.provider, version: draft }),
      draft.number,
    );
    const open = await this.quotes.openQuotesOf(found.provider.code);
    return open.map((quote) => impactOf(quote, catalogue));
  }
}

function impactOf(quote: OpenQuote, catalogue: PricingCatalogue): QuoteImpactModel {
  const priced = repriced(quote, catalogue);
  const after = 'breakdown' in priced ? priced.breakdown : null;
  const refusal = 'refusal' in priced ? priced.refusal : null;
  const comparable = after !== null && after.currency === quote.currency;
  return {
    quoteId: quote.id,
    reference: quote.reference,
    revision: quote.revision,
    name: quote.name,
    status: quote.status,
    agencyId: quote.agencyId,
    agencyName: quote.agencyName,
    catalogueVersion: quote.catalogueVersion,
    currency: quote.currency,
    draftCurrency: catalogue.currency,
    firstYearBefore: quote.firstYearTotal,
    firstYearAfter: after?.totals.firstYear ?? null,
    firstYearDifference: comparable
      ? difference(after.totals.firstYear, quote.firstYearTotal, quote.currency)
      : null,
    contractTotalBefore: quote.contractTotal,
    contractTotalAfter: after?.totals.contractTotal ?? null,
    contractTotalDifference: comparable
      ? difference(after.totals.contractTotal, quote.contractTotal, quote.currency)
      : null,
    validAfter: after?.valid ?? null,
    problem: refusal?.message ?? null,
    problems: refusal ? [...refusal.errors] : [],
  };
}

/**
 * The quote's configuration priced against the draft. Input the draft no longer accepts (a
 * service, package, level or driver it removed) is not an error of the request: the quote simply
 * cannot be priced against the draft, and the reason is shown.
 */
function repriced(
  quote: OpenQuote,
  catalogue: PricingCatalogue,
): { breakdown: PriceBreakdown } | { refusal: PricingInputError } {
  try {
    const input = {
      ...quote.configuration,
      providerCode: catalogue.providerCode,
      catalogueVersion: catalogue.catalogueVersion,
    };
    return { breakdown: priceConfiguration(catalogue, input) };
  } catch (error) {
    if (error instanceof PricingInputError) return { refusal: error };
    throw error;
  }
}

function difference(after: string, before: string, currency: string): string {
  return Decimal.parse(after)
    .minus(Decimal.parse(before))
    .format(minorDigits(currency) ?? 2);
}
