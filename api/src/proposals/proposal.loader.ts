import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AgencyService } from '../agencies/agency.service.js';
import { ProposalRepository } from './proposal.repository.js';

/**
 * The batched reads of one GraphQL request: the proposing agencies' names and whether the
 * signed-in customer's agency voted, each one `IN` query for a whole page of proposals.
 */
export class ProposalLoaders {
  readonly agencyNames: DataLoader<string, string | null>;
  /** Agency id → (proposal id → voted by that agency). */
  private readonly votes = new Map<string, DataLoader<string, boolean>>();

  constructor(
    agencies: AgencyService,
    private readonly repository: ProposalRepository,
  ) {
    this.agencyNames = new DataLoader(async (ids) => {
      const byId = await agencies.findByIds(ids);
      return ids.map((id) => byId.get(id)?.name ?? null);
    });
  }

  /** Whether `agencyId` voted for a proposal; batched per agency. */
  votedBy(agencyId: string): DataLoader<string, boolean> {
    let loader = this.votes.get(agencyId);
    if (!loader) {
      loader = new DataLoader(async (proposalIds) => {
        const voted = await this.repository.votedBy(agencyId, proposalIds);
        return proposalIds.map((id) => voted.has(id));
      });
      this.votes.set(agencyId, loader);
    }
    return loader;
  }
}

/**
 * One {@link ProposalLoaders} per GraphQL request, keyed by the request's context object (a
 * WeakMap: nothing outlives the request, nothing is shared between users).
 */
@Injectable()
export class ProposalLoaderFactory {
  private readonly perRequest = new WeakMap<object, ProposalLoaders>();

  constructor(
    private readonly agencies: AgencyService,
    private readonly repository: ProposalRepository,
  ) {}

  forRequest(scope: object): ProposalLoaders {
    let loaders = this.perRequest.get(scope);
    if (!loaders) {
      loaders = new ProposalLoaders(this.agencies, this.repository);
      this.perRequest.set(scope, loaders);
    }
    return loaders;
  }
}
