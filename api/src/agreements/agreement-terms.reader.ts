import { Injectable } from '@nestjs/common';
import type { PricingCatalogue } from '@servicekatalog/shared';
import { CatalogueContentsService } from '../catalogue/published/catalogue-contents.service.js';
import { PricingService } from '../pricing/pricing.service.js';
import type { TermTarget } from './agreement-entries.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

/**
 * What a term's pinned catalogue version says, read through the pricing and catalogue services:
 * the compiled catalogue (drivers, and the engine's input) and the targets of the term's service level.
 */
@Injectable()
export class AgreementTermsReader {
  constructor(
    private readonly pricing: PricingService,
    private readonly contents: CatalogueContentsService,
  ) {}

  catalogueOf(term: Pick<AgreementTermEntity, 'catalogueVersionId'>): Promise<PricingCatalogue> {
    return this.pricing.compiledVersion(term.catalogueVersionId);
  }

  async targetsOf(
    term: Pick<AgreementTermEntity, 'catalogueVersionId' | 'breakdown'>,
  ): Promise<TermTarget[]> {
    const levels = await this.contents.serviceLevels(term.catalogueVersionId, {});
    const level = levels.find((candidate) => candidate.code === term.breakdown.serviceLevelCode);
    return (level?.targets ?? []).map((target) => ({
      metric: target.metric,
      serviceCode: target.serviceCode ?? null,
      value: target.value,
      unit: target.unit,
    }));
  }
}
