import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AgreementRepository } from './agreement.repository.js';
import type { AgreementEntity } from './entities/agreement.entity.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

/** The batched reads of one GraphQL request: one `IN` query per kind, however many agreements a page holds. */
export class AgreementLoaders {
  readonly terms: DataLoader<string, AgreementTermEntity[]>;
  readonly agencies: DataLoader<string, AgencyEntity | null>;
  /** Quote id → the agreement one of whose terms it became. */
  readonly ofQuote: DataLoader<string, AgreementEntity | null>;

  constructor(repository: AgreementRepository, agencyService: AgencyService) {
    this.terms = new DataLoader(async (ids) => {
      const byAgreement = new Map<string, AgreementTermEntity[]>();
      for (const term of await repository.termsOfMany(ids)) {
        byAgreement.set(term.agreementId, [...(byAgreement.get(term.agreementId) ?? []), term]);
      }
      return ids.map((id) => byAgreement.get(id) ?? []);
    });
    this.agencies = new DataLoader(async (ids) => {
      const byId = await agencyService.findByIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.ofQuote = new DataLoader(async (quoteIds) => {
      const terms = await repository.termsOfQuotes(quoteIds);
      const agreements = new Map(
        (await repository.findByIds(terms.map((t) => t.agreementId))).map((a) => [a.id, a]),
      );
      const byQuote = new Map(terms.map((t) => [t.quoteId, agreements.get(t.agreementId) ?? null]));
      return quoteIds.map((id) => byQuote.get(id) ?? null);
    });
  }
}

/** One {@link AgreementLoaders} per GraphQL request (a WeakMap on the request's context). */
@Injectable()
export class AgreementLoaderFactory {
  private readonly perRequest = new WeakMap<object, AgreementLoaders>();

  constructor(
    private readonly repository: AgreementRepository,
    private readonly agencies: AgencyService,
  ) {}

  forRequest(scope: object): AgreementLoaders {
    let loaders = this.perRequest.get(scope);
    if (!loaders) {
      loaders = new AgreementLoaders(this.repository, this.agencies);
      this.perRequest.set(scope, loaders);
    }
    return loaders;
  }
}
