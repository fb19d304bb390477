import { Injectable } from '@nestjs/common';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { AgencyService } from '../agencies/agency.service.js';
import type { Actor } from '../auth/actor.js';
import { CataloguePolicy } from '../catalogue/catalogue.policy.js';
import { CatalogueDraftAccess } from '../catalogue/drafts/catalogue-draft.access.js';
import { CatalogueReadService } from '../catalogue/published/catalogue-read.service.js';
import { PricingService } from '../pricing/pricing.service.js';
import { OpenQuotesService } from '../quotes/open-quotes.service.js';
import { compareText, draftPriced, takesEffect, type Repriced } from './impact-figures.js';
import type { QuoteImpactModel } from './models/quote-impact.model.js';

/** An open quote of a centre's agency as the draft impact needs it. */
interface OpenQuote {
  id: string;
  reference: string;
  revision: number;
  name: string;
  status: string;
  agencyId: string;
  agencyName: string;
  /** The configuration as saved. */
  configuration: ConfigurationInput;
  /** Number of the catalogue version the quote is pinned to. */
  catalogueVersion: number;
  currency: string;
  /** Totals of the stored snapshot: what was offered. */
  firstYearTotal: string;
  contractTotal: string;
}

/**
 * What publishing the draft would do to the centre's open quotes: every DRAFT or SUBMITTED quote
 * of its agencies starting on or after the day the draft takes effect is priced again against the draft, through the pricing service (the draft is
 * compiled once for all quotes), and compared with the totals it was offered. Nothing is written:
 * a quote keeps its pinned version and snapshot until it is revised.
 */
@Injectable()
export class DraftImpactService {
  constructor(
    private readonly drafts: CatalogueDraftAccess,
    private readonly catalogues: CatalogueReadService,
    private readonly quotes: OpenQuotesService,
    private readonly agencies: AgencyService,
    private readonly pricing: PricingService,
  ) {}

  /** The provider's managers and administrators; NOT_FOUND for an unknown provider or one without a draft. */
  async draftImpact(actor: Actor | null, providerCode: string): Promise<QuoteImpactModel[]> {
    CataloguePolicy.requireManagerOf(actor, providerCode);
    const draft = await this.drafts.draftOfProvider(providerCode);
    const open = await this.openQuotes(draft.provider.code, takesEffect(draft, this.pricing.today()));
    const repriced = await this.pricing.priceEachAgainst(
      draft,
      open.map((quote) => ({
        ...quote.configuration,
        providerCode: draft.provider.code,
        catalogueVersion: draft.version.number,
      })),
    );
    return open.map((quote, i) => impactOf(quote, repriced[i], draft.version.currency));
  }

  /**
   * The centre's open quotes starting on or after `from` (DESIGN: those the draft can still
   * affect), with their agency's name and pinned version's number, by agency name, reference and
   * revision. A quote whose pinned version is gone (a discarded draft) is left out.
   */
  private async openQuotes(providerCode: string, from: string): Promise<OpenQuote[]> {
    const quotes = (await this.quotes.ofProvider(providerCode)).filter((quote) => quote.startDate >= from);
    const agencies = await this.agencies.findByIds(quotes.map((quote) => quote.agencyId));
    const numbers = new Map<string, number>();
    for (const id of new Set(quotes.map((quote) => quote.catalogueVersionId))) {
      const found = await this.catalogues.findVersionById(id);
      if (found) numbers.set(id, found.version.number);
    }
    return quotes
      .flatMap((quote) => {
        const catalogueVersion = numbers.get(quote.catalogueVersionId);
        if (catalogueVersion === undefined) return [];
        const agencyName = agencies.get(quote.agencyId)?.name ?? '';
        return [{ ...quote, agencyName, catalogueVersion }];
      })
      .sort(
        (a, b) =>
          compareText(a.agencyName, b.agencyName) ||
          compareText(a.reference, b.reference) ||
          a.revision - b.revision,
      );
  }
}

function impactOf(quote: OpenQuote, priced: Repriced, draftCurrency: string): QuoteImpactModel {
  const offered = { firstYear: quote.firstYearTotal, contractTotal: quote.contractTotal };
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
    firstYearBefore: quote.firstYearTotal,
    contractTotalBefore: quote.contractTotal,
    ...draftPriced(offered, quote.currency, priced, draftCurrency),
  };
}
