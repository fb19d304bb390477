import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import { ProposalModel } from './models/proposal.model.js';
import { ProposalCatalogueReader } from './proposal-catalogue.reader.js';
import type { ProposalEntity, ProposalStatus } from './proposal.entity.js';
import { ProposalErrors } from './proposal.errors.js';
import { ProposalLoaderFactory } from './proposal.loader.js';
import { ProposalRepository, type ProposalListPosition } from './proposal.repository.js';

export interface ProposalListArgs {
  providerCode?: string | null;
  status?: ProposalStatus | null;
  first?: number | null;
  after?: string | null;
}

/** Reading proposals: public, so no actor is needed except for "has my agency voted". */
@Injectable()
export class ProposalReadService {
  constructor(
    private readonly repository: ProposalRepository,
    private readonly loaders: ProposalLoaderFactory,
    private readonly catalogues: ProposalCatalogueReader,
  ) {}

  /** The proposal, or NOT_FOUND. */
  async proposal(id: string): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(id);
    if (!proposal) throw ProposalErrors.notFound();
    return proposal;
  }

  /**
   * Proposals with the most votes first, then the newest. The cursor is (votes, createdAt, id):
   * paging is stable while proposals are added, but a proposal whose vote count changes between
   * two pages moves in the order, so it may be shown twice or skipped — reload the list for an
   * exact picture. An unknown providerCode is BAD_USER_INPUT.
   */
  async proposals(args: ProposalListArgs): Promise<ConnectionShape<ProposalModel>> {
    if (args.providerCode && !(await this.catalogues.inForce(args.providerCode)))
      throw ProposalErrors.unknownProvider('providerCode');
    const size = pageSize(args.first);
    const after = args.after ? decodePosition(args.after) : null;
    const query = { providerCode: args.providerCode ?? null, status: args.status ?? null, limit: size + 1 };
    const totalCount = await this.repository.count(query);
    const rows = await this.repository.page({ ...query, after });
    return connectionOf(rows, size, totalCount, after !== null, positionKey, ProposalModel.from);
  }

  /** The proposing agency's name (batched per request). */
  async agencyNameOf(proposal: Pick<ProposalEntity, 'id' | 'agencyId'>, context: object): Promise<string> {
    const name = await this.loaders.forRequest(context).agencyNames.load(proposal.agencyId);
    // The foreign key guarantees the row; a miss is a broken database, not a client's mistake.
    if (name === null) throw new Error(`Agency ${proposal.agencyId} of proposal ${proposal.id} is missing.`);
    return name;
  }

  /** Whether the signed-in customer's agency has voted (batched per request); false for anyone else. */
  async myAgencyVoted(
    actor: Actor | null,
    proposal: Pick<ProposalEntity, 'id'>,
    context: object,
  ): Promise<boolean> {
    const agencyId = actor?.role === 'CUSTOMER' ? actor.agencyId : null;
    if (!agencyId) return false;
    return this.loaders.forRequest(context).votedBy(agencyId).load(proposal.id);
  }
}

function positionKey(proposal: ProposalEntity): string {
  return `${proposal.voteCount}|${proposal.createdAt.toISOString()}|${proposal.id}`;
}

function decodePosition(cursor: string): ProposalListPosition {
  const [votes, at, id, ...rest] = decodeCursor(cursor).split('|');
  const voteCount = Number(votes);
  const createdAt = new Date(at ?? '');
  if (
    rest.length > 0 ||
    !id ||
    !Number.isInteger(voteCount) ||
    voteCount < 0 ||
    Number.isNaN(createdAt.getTime())
  ) {
    throw new BadUserInputError('after is not a cursor of this list.', 'after');
  }
  return { voteCount, createdAt, id };
}
