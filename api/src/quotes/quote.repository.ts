import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { QuoteErrors } from './quote.errors.js';
import { QuoteCommentEntity } from './quote-comment.entity.js';
import { QuoteEntity, type QuoteStatus } from './quote.entity.js';
import type { QuoteScope } from './quote.policy.js';

/** The columns a state change may set (never the id, reference, agency or version). */
export type QuoteChanges = Partial<
  Omit<
    QuoteEntity,
    | 'id'
    | 'reference'
    | 'revision'
    | 'previousQuoteId'
    | 'agencyId'
    | 'providerCode'
    | 'createdBy'
    | 'createdAt'
    | 'version'
  >
>;

/** Position in the newest-first listing: the row to continue after. */
export interface QuoteListPosition {
  createdAt: Date;
  id: string;
}

export interface QuoteListQuery {
  scope: QuoteScope;
  status?: QuoteStatus | null;
  /** Narrows the scope to one agency (the scope still applies). */
  agencyId?: string | null;
  after?: QuoteListPosition | null;
  limit: number;
}

/** Queries of the quotes tables; no decisions. */
@Injectable()
export class QuoteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<QuoteEntity | null> {
    return manager.findOneBy(QuoteEntity, { id });
  }

  /**
   * The open quotes (DESIGN: DRAFT, being edited, or SUBMITTED, awaiting the centre's decision)
   * priced with a provider's catalogues; the columns a re-pricing needs, not the stored breakdown.
   */
  openOfProvider(providerCode: string): Promise<QuoteEntity[]> {
    return this.manager.find(QuoteEntity, {
      where: { providerCode, status: In(['DRAFT', 'SUBMITTED']) },
      select: {
        id: true,
        reference: true,
        revision: true,
        name: true,
        status: true,
        agencyId: true,
        providerCode: true,
        configuration: true,
        catalogueVersionId: true,
        currency: true,
        firstYearTotal: true,
        contractTotal: true,
        startDate: true,
      },
    });
  }

  async insert(manager: EntityManager, quote: QuoteEntity): Promise<void> {
    await manager.insert(QuoteEntity, quote);
  }

  /**
   * Applies `changes` only if the quote still has `expectedVersion` and one of `statuses`, and bumps
   * the version; otherwise someone else was first: STALE_VERSION.
   */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    statuses: readonly QuoteStatus[],
    changes: QuoteChanges,
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: QuoteEntity,
      id,
      expectedVersion,
      changes,
      also: { where: 'status IN (:...statuses)', parameters: { statuses: [...statuses] } },
      stale: QuoteErrors.staleVersion,
    });
  }

  /** Quotes in `scope`, newest first (ties by id), `limit` rows after `after`. */
  page(query: QuoteListQuery): Promise<QuoteEntity[]> {
    const builder = this.filtered(query);
    if (query.after) {
      builder.andWhere(
        '(quote.createdAt < :afterAt OR (quote.createdAt = :afterAt AND quote.id < :afterId))',
        {
          afterAt: query.after.createdAt,
          afterId: query.after.id,
        },
      );
    }
    return builder
      .orderBy('quote.createdAt', 'DESC')
      .addOrderBy('quote.id', 'DESC')
      .limit(query.limit)
      .getMany();
  }

  count(query: QuoteListQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  async insertComment(manager: EntityManager, comment: QuoteCommentEntity): Promise<void> {
    await manager.insert(QuoteCommentEntity, comment);
  }

  /** The comments of any number of quotes in one query, oldest first. */
  commentsOf(quoteIds: readonly string[]): Promise<QuoteCommentEntity[]> {
    if (quoteIds.length === 0) return Promise.resolve([]);
    return this.manager.find(QuoteCommentEntity, {
      where: { quoteId: In([...new Set(quoteIds)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The highest revision of a reference. */
  findLatestRevision(manager: EntityManager, reference: string): Promise<QuoteEntity | null> {
    return manager.findOne(QuoteEntity, { where: { reference }, order: { revision: 'DESC' } });
  }

  /** True when some revision of the reference has `status` (an ACCEPTED one means an agreement exists). */
  async referenceHasStatus(manager: EntityManager, reference: string, status: QuoteStatus): Promise<boolean> {
    return (await manager.countBy(QuoteEntity, { reference, status })) > 0;
  }

  /**
   * The highest revision of each reference, in one query (the (reference, revision) unique index
   * answers it).
   */
  async latestRevisions(references: readonly string[]): Promise<Map<string, number>> {
    if (references.length === 0) return new Map();
    const rows = await this.manager
      .createQueryBuilder(QuoteEntity, 'quote')
      .select('quote.reference', 'reference')
      .addSelect('MAX(quote.revision)', 'latest')
      .where('quote.reference IN (:...references)', { references: [...new Set(references)] })
      .groupBy('quote.reference')
      .getRawMany<{ reference: string; latest: number | string }>();
    // PostgreSQL returns MAX(integer) as an integer, SQLite too; Number() covers drivers that send text.
    return new Map(rows.map((row) => [row.reference, Number(row.latest)]));
  }

  private filtered(query: QuoteListQuery): SelectQueryBuilder<QuoteEntity> {
    const builder = this.manager.createQueryBuilder(QuoteEntity, 'quote');
    const scope = query.scope;
    if ('none' in scope) builder.andWhere('1 = 0');
    if ('agencyId' in scope) builder.andWhere('quote.agencyId = :agencyId', { agencyId: scope.agencyId });
    if ('providerCode' in scope)
      builder.andWhere('quote.providerCode = :providerCode', { providerCode: scope.providerCode });
    if (query.status) builder.andWhere('quote.status = :status', { status: query.status });
    if (query.agencyId) builder.andWhere('quote.agencyId = :onlyAgency', { onlyAgency: query.agencyId });
    return builder;
  }
}
