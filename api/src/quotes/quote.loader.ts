import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import type { QuoteCommentEntity } from './quote-comment.entity.js';
import { QuoteRepository } from './quote.repository.js';

/**
 * The batched reads of one GraphQL request: the agencies and comment threads of every quote the
 * request shows are loaded with one `IN` query each, however many quotes a page holds.
 */
export class QuoteLoaders {
  readonly agencies: DataLoader<string, AgencyEntity | null>;
  readonly comments: DataLoader<string, QuoteCommentEntity[]>;
  /** Reference → its highest revision. */
  readonly latestRevisions: DataLoader<string, number | undefined>;

  constructor(agencyService: AgencyService, repository: QuoteRepository) {
    this.agencies = new DataLoader(async (ids) => {
      const byId = await agencyService.findByIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.comments = new DataLoader(async (quoteIds) => {
      const byQuote = new Map<string, QuoteCommentEntity[]>();
      for (const comment of await repository.commentsOf(quoteIds)) {
        const list = byQuote.get(comment.quoteId) ?? [];
        list.push(comment);
        byQuote.set(comment.quoteId, list);
      }
      return quoteIds.map((id) => byQuote.get(id) ?? []);
    });
    this.latestRevisions = new DataLoader(async (references) => {
      const latest = await repository.latestRevisions(references);
      return references.map((reference) => latest.get(reference));
    });
  }
}

/**
 * One {@link QuoteLoaders} per GraphQL request, keyed by the request's context object (a WeakMap:
 * nothing outlives the request, nothing is shared between users).
 */
@Injectable()
export class QuoteLoaderFactory {
  private readonly perRequest = new WeakMap<object, QuoteLoaders>();

  constructor(
    private readonly agencies: AgencyService,
    private readonly repository: QuoteRepository,
  ) {}

  forRequest(scope: object): QuoteLoaders {
    let loaders = this.perRequest.get(scope);
    if (!loaders) {
      loaders = new QuoteLoaders(this.agencies, this.repository);
      this.perRequest.set(scope, loaders);
    }
    return loaders;
  }
}
