import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AuditService } from '../audit/audit.service.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { ProposalEntity } from './proposal.entity.js';
import { ProposalErrors } from './proposal.errors.js';
import { ProposalPolicy } from './proposal.policy.js';
import { ProposalRepository } from './proposal.repository.js';
import { assertVotable, PROPOSAL_ENTITY, VOTABLE_STATUSES } from './proposal.rules.js';

const AGENCY_FIELD = 'agencyId';

/**
 * Votes: one per agency and proposal, cast and withdrawn by the agency's customers (or an
 * administrator naming the agency), while the proposal is not closed. Each change is one
 * transaction: the vote row, the proposal's vote count and an audit event on the proposal.
 *
 * One vote per agency holds under concurrency: the vote's primary key (proposal, agency) refuses
 * a second row, whichever transaction commits first; the loser gets CONFLICT (ALREADY_VOTED).
 */
@Injectable()
export class ProposalVoteService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: ProposalRepository,
    private readonly agencies: AgencyService,
    private readonly audit: AuditService,
  ) {}

  vote(actor: Actor | null, proposalId: string, agencyId?: string | null): Promise<ProposalEntity> {
    const voter = ProposalPolicy.requireRole(actor, 'VOTE');
    const forAgency = ProposalPolicy.agencyToActFor(voter, agencyId, AGENCY_FIELD);
    return this.transactions.run(async (manager) => {
      const before = await this.votable(manager, voter, proposalId, forAgency);
      return this.castIn(manager, voter, before, forAgency);
    });
  }

  /**
   * Adds the agency's vote to a votable proposal inside the caller's transaction (voteForProposal's,
   * or the demo seed's); who may vote is the caller's part.
   */
  async castIn(
    manager: EntityManager,
    voter: Actor,
    proposal: ProposalEntity,
    agencyId: string,
  ): Promise<ProposalEntity> {
    if (await this.repository.findVote(manager, proposal.id, agencyId)) throw ProposalErrors.alreadyVoted();
    try {
      await this.repository.insertVote(manager, {
        proposalId: proposal.id,
        agencyId,
        votedBy: voter.userId,
        createdAt: new Date(),
      });
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') throw ProposalErrors.alreadyVoted();
      throw error;
    }
    return this.count(manager, voter, proposal, agencyId, 1);
  }

  withdraw(actor: Actor | null, proposalId: string, agencyId?: string | null): Promise<ProposalEntity> {
    const voter = ProposalPolicy.requireRole(actor, 'VOTE');
    const forAgency = ProposalPolicy.agencyToActFor(voter, agencyId, AGENCY_FIELD);
    return this.transactions.run(async (manager) => {
      const before = await this.votable(manager, voter, proposalId, forAgency);
      if ((await this.repository.deleteVote(manager, before.id, forAgency)) === 0)
        throw ProposalErrors.notVoted();
      return this.count(manager, voter, before, forAgency, -1);
    });
  }

  /** The proposal, if it exists, the agency may vote on it and it is not closed. */
  private async votable(
    manager: EntityManager,
    voter: Actor,
    proposalId: string,
    agencyId: string,
  ): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(proposalId, manager);
    if (!proposal) throw ProposalErrors.notFound();
    const agency = await this.agencies.findById(agencyId, manager);
    if (!agency) throw ProposalErrors.agencyNotFound(AGENCY_FIELD);
    ProposalPolicy.requireServedBy(voter, agency, proposal.providerCode, AGENCY_FIELD);
    assertVotable(proposal);
    return proposal;
  }

  /** Moves the vote count (only while still votable: closed meanwhile is CONFLICT) and records it. */
  private async count(
    manager: EntityManager,
    voter: Actor,
    before: ProposalEntity,
    agencyId: string,
    delta: 1 | -1,
  ): Promise<ProposalEntity> {
    if ((await this.repository.addToVoteCount(manager, before.id, delta, VOTABLE_STATUSES)) === 0)
      throw ProposalErrors.closed(before.status);
    const after = await this.repository.findById(before.id, manager);
    if (!after) throw new Error(`Proposal ${before.id} vanished inside its own transaction.`);
    await this.audit.record(manager, {
      actor: voter,
      entity: PROPOSAL_ENTITY,
      entityId: before.id,
      action: delta > 0 ? 'VOTE' : 'WITHDRAW_VOTE',
      before: { providerCode: after.providerCode, agencyId, voteCount: after.voteCount - delta },
      after: { providerCode: after.providerCode, agencyId, voteCount: after.voteCount },
    });
    return after;
  }
}
