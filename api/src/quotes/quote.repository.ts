import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { PlainRows } from '../common/persistence/plain-rows.js';
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
  /** Read each quote's configuration and price snapshot too (default); without, reading them throws. */
  snapshots?: boolean;
}

/** Queries of the quotes tables; no decisions. */
@Injectable()
export class QuoteRepository {
  private listRows: PlainRows<QuoteEntity> | null = null;

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

  /**
   * Quotes in `scope`, newest first (ties by id), `limit` rows after `after`. Plain SQL, whose JSON
   * columns are parsed only when read (plain-rows.ts), and not even read for a list that shows
   * none of their fields: the signed-in customer's first page is read on every visit, and building
   * the query, hydrating entities and reading the snapshots' text cost more than the rest.
   */
  async page(query: QuoteListQuery): Promise<QuoteEntity[]> {
    const { where, parameters } = listConditions(query);
    if (query.after) {
      where.push('(created_at < :afterAt OR (created_at = :afterAt AND id < :afterId))');
      Object.assign(parameters, { afterAt: query.after.createdAt, afterId: query.after.id });
    }
    const columns = query.snapshots === false ? this.rows.plainSelectList : this.rows.selectList;
    return this.rows.query(
      `SELECT ${columns} FROM quotes WHERE ${where.join(' AND ')} ` +
        `ORDER BY created_at DESC, id DESC LIMIT ${Math.trunc(query.limit)}`,
      parameters,
    );
  }

  async count(query: QuoteListQuery): Promise<number> {
    const { where, parameters } = listConditions(query);
    const [row] = await this.rows.raw<{ total: number | string }>(
      `SELECT COUNT(*) AS total FROM quotes WHERE ${where.join(' AND ')}`,
      parameters,
    );
    // PostgreSQL answers COUNT(*) as text (bigint), SQLite as a number.
    return Number(row?.total ?? 0);
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

  /** Made on first use: the entity metadata exists once the data source is initialized. */
  private get rows(): PlainRows<QuoteEntity> {
    this.listRows ??= new PlainRows(this.dataSource, QuoteEntity);
    return this.listRows;
  }
}

/** The WHERE conditions of a listing (never empty) and their parameters. */
function listConditions(query: QuoteListQuery): { where: string[]; parameters: Record<string, unknown> } {
  const where = ['1 = 1'];
  const parameters: Record<string, unknown> = {};
  const scope = query.scope;
  if ('none' in scope) where.push('1 = 0');
  if ('agencyId' in scope) {
    where.push('agency_id = :agencyId');
    parameters.agencyId = scope.agencyId;
  }
  if ('providerCode' in scope) {
    where.push('provider_code = :providerCode');
    parameters.providerCode = scope.providerCode;
  }
  if (query.status) {
    where.push('status = :status');
    parameters.status = query.status;
  }
  if (query.agencyId) {
    where.push('agency_id = :onlyAgency');
    parameters.onlyAgency = query.agencyId;
  }
  return { where, parameters };
}
