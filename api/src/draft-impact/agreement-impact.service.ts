import { Injectable } from '@nestjs/common';
import type { PriceBreakdown } from '@servicekatalog/shared';
import { AgencyService } from '../agencies/agency.service.js';
import { AgreementRenewalsService, type PendingRenewal } from '../agreements/agreement-renewals.service.js';
import type { Actor } from '../auth/actor.js';
import { CataloguePolicy } from '../catalogue/catalogue.policy.js';
import { CatalogueDraftAccess } from '../catalogue/drafts/catalogue-draft.access.js';
import { CatalogueReadService, type VisibleVersion } from '../catalogue/published/catalogue-read.service.js';
import { PricingService } from '../pricing/pricing.service.js';
import { compareText, draftPriced, takesEffect, type Repriced } from './impact-figures.js';
import type { AgreementImpactModel } from './models/agreement-impact.model.js';

/** A renewal priced under the version otherwise in force on its date (null: none is, or it refuses). */
interface Before {
  version: VisibleVersion | null;
  breakdown: PriceBreakdown | null;
}

/**
 * What publishing the draft would do to the renewals of the centre's agreements (DESIGN "Contract
 * start": draftImpact covers agreements whose renewal date, endDate + 1, is on or after the draft's
 * validFrom). Each renewal is priced as `reviseAgreement` would price it — a new contract of the
 * last term's contractYears from the renewal date — under the draft and under the published version
 * that would otherwise be in force then. Nothing is written.
 */
@Injectable()
export class AgreementImpactService {
  constructor(
    private readonly drafts: CatalogueDraftAccess,
    private readonly catalogues: CatalogueReadService,
    private readonly renewals: AgreementRenewalsService,
    private readonly agencies: AgencyService,
    private readonly pricing: PricingService,
  ) {}

  /**
   * The provider's managers and administrators; NOT_FOUND for an unknown provider or one without a
   * draft.
   */
  async agreementImpact(actor: Actor | null, providerCode: string): Promise<AgreementImpactModel[]> {
    CataloguePolicy.requireManagerOf(actor, providerCode);
    const draft = await this.drafts.draftOfProvider(providerCode);
    const from = takesEffect(draft, this.pricing.today());
    const renewals = await this.renewals.renewingFrom(draft.provider.code, from);
    const agencies = await this.agencies.findByIds(renewals.map((renewal) => renewal.agencyId));
    const after = await this.pricing.priceEachAgainst(
      draft,
      renewals.map((renewal) => ({
        ...renewal.configuration,
        providerCode: draft.provider.code,
        catalogueVersion: draft.version.number,
      })),
    );
    const before = await this.pricedBefore(draft.provider.code, renewals);
    return renewals
      .map((renewal, i) =>
        impactOf(
          renewal,
          agencies.get(renewal.agencyId)?.name ?? '',
          before[i],
          after[i],
          draft.version.currency,
        ),
      )
      .sort((a, b) => compareText(a.agencyName, b.agencyName) || compareText(a.reference, b.reference));
  }

  /** Each renewal priced under the published version in force on its renewal date, one compile per version. */
  private async pricedBefore(providerCode: string, renewals: readonly PendingRenewal[]): Promise<Before[]> {
    const before: Before[] = [];
    for (const renewal of renewals) {
      const version = await this.catalogues.findVisible(null, { providerCode, at: renewal.renewalDate });
      if (!version) {
        before.push({ version: null, breakdown: null });
        continue;
      }
      const [priced] = await this.pricing.priceEachAgainst(version, [
        { ...renewal.configuration, providerCode, catalogueVersion: version.version.number },
      ]);
      before.push({ version, breakdown: 'breakdown' in priced ? priced.breakdown : null });
    }
    return before;
  }
}

function impactOf(
  renewal: PendingRenewal,
  agencyName: string,
  before: Before,
  priced: Repriced,
  draftCurrency: string,
): AgreementImpactModel {
  const currency = before.breakdown?.currency ?? before.version?.version.currency ?? renewal.currency;
  const was = before.breakdown?.totals ?? null;
  return {
    agreementId: renewal.agreementId,
    reference: renewal.reference,
    agencyId: renewal.agencyId,
    agencyName,
    endDate: renewal.endDate,
    renewalDate: renewal.renewalDate,
    contractYears: renewal.configuration.contractYears ?? 1,
    catalogueVersion: before.version?.version.number ?? null,
    currency,
    firstYearBefore: was?.firstYear ?? null,
    contractTotalBefore: was?.contractTotal ?? null,
    ...draftPriced(was, currency, priced, draftCurrency),
  };
}
