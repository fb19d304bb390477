import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { insertRows } from '../common/persistence/insert-row.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { ProposalErrors } from './proposal.errors.js';
import { ProposalEntity, type ProposalStatus } from './proposal.entity.js';
import { ProposalVoteEntity } from './proposal-vote.entity.js';

/** The columns a response sets. */
export type ProposalResponseChanges = Pick<
  ProposalEntity,
  'status' | 'response' | 'respondedAt' | 'respondedBy' | 'respondedByName' | 'updatedAt'
>;

/** Position in the listing (votes, then newest): the row to continue after. */
export interface ProposalListPosition {
  voteCount: number;
  createdAt: Date;
  id: string;
}

export interface ProposalListQuery {
  providerCode?: string | null;
  status?: ProposalStatus | null;
  after?: ProposalListPosition | null;
  limit: number;
}

/** Queries of the proposals tables; no decisions. */
@Injectable()
export class ProposalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<ProposalEntity | null> {
    return manager.findOneBy(ProposalEntity, { id });
  }

  async insert(manager: EntityManager, proposal: ProposalEntity): Promise<void> {
    await manager.insert(ProposalEntity, proposal);
  }

  /**
   * Records the response only if the proposal is still at `expectedVersion` and `fromStatus`;
   * otherwise someone else changed it first: STALE_VERSION.
   */
  async respondIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    fromStatus: ProposalStatus,
    changes: ProposalResponseChanges,
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: ProposalEntity,
      id,
      expectedVersion,
      changes,
      also: { where: 'status = :fromStatus', parameters: { fromStatus } },
      stale: ProposalErrors.staleVersion,
    });
  }

  findVote(manager: EntityManager, proposalId: string, agencyId: string): Promise<ProposalVoteEntity | null> {
    return manager.findOneBy(ProposalVoteEntity, { proposalId, agencyId });
  }

  /** Fails with a unique violation when the agency has voted already (the primary key). */
  async insertVote(manager: EntityManager, vote: ProposalVoteEntity): Promise<void> {
    await insertRows(manager, ProposalVoteEntity, vote);
  }

  /** Removes the agency's vote; returns the rows removed (0 or 1). */
  async deleteVote(manager: EntityManager, proposalId: string, agencyId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ProposalVoteEntity)
      .where('proposal_id = :proposalId AND agency_id = :agencyId', { proposalId, agencyId })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * `vote_count = vote_count + delta`, only while the proposal is in one of `statuses` — a
   * proposal closed meanwhile changes nothing (0 rows). The version is not touched.
   */
  async addToVoteCount(
    manager: EntityManager,
    id: string,
    delta: 1 | -1,
    statuses: readonly ProposalStatus[],
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ProposalEntity)
      .set({ voteCount: () => `vote_count ${delta > 0 ? '+' : '-'} 1` })
      .where('id = :id AND status IN (:...statuses)', { id, statuses: [...statuses] })
      .updateEntity(false)
      .execute();
    return result.affected ?? 0;
  }

  /** Most votes first, then newest, then id (the keyset of the cursor); `limit` rows after `after`. */
  page(query: ProposalListQuery): Promise<ProposalEntity[]> {
    const builder = this.filtered(query);
    const after = query.after;
    if (after) {
      builder.andWhere(
        '(p.voteCount < :afterVotes OR (p.voteCount = :afterVotes AND (p.createdAt < :afterAt OR (p.createdAt = :afterAt AND p.id < :afterId))))',
        { afterVotes: after.voteCount, afterAt: after.createdAt, afterId: after.id },
      );
    }
    return builder
      .orderBy('p.voteCount', 'DESC')
      .addOrderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit)
      .getMany();
  }

  count(query: ProposalListQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** Of `proposalIds`, those the agency has voted for — one query for a whole page. */
  async votedBy(agencyId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    if (proposalIds.length === 0) return new Set();
    const rows = await this.manager.find(ProposalVoteEntity, {
      select: { proposalId: true },
      where: { agencyId, proposalId: In([...new Set(proposalIds)]) },
    });
    return new Set(rows.map((row) => row.proposalId));
  }

  private filtered(query: ProposalListQuery): SelectQueryBuilder<ProposalEntity> {
    const builder = this.manager.createQueryBuilder(ProposalEntity, 'p');
    if (query.providerCode)
      builder.andWhere('p.providerCode = :providerCode', { providerCode: query.providerCode });
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    return builder;
  }
}
