import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import { PricingService, type PricedConfiguration } from '../pricing/pricing.service.js';
import type { QuoteCommentEntity } from './quote-comment.entity.js';
import type { QuoteEntity, QuoteStatus } from './quote.entity.js';
import { QuoteLoaderFactory } from './quote.loader.js';
import { QuotePolicy } from './quote.policy.js';
import { QuoteRepository, type QuoteListPosition } from './quote.repository.js';

export interface QuoteListArgs {
  first?: number | null;
  after?: string | null;
  status?: QuoteStatus | null;
  agencyId?: string | null;
}

/**
 * Reading quotes: one quote, the newest-first connection of the quotes the actor may see, and the
 * related data of any number of quotes in batches per request (agencies, comment threads).
 */
@Injectable()
export class QuoteReadService {
  constructor(
    private readonly repository: QuoteRepository,
    private readonly loaders: QuoteLoaderFactory,
    private readonly pricing: PricingService,
  ) {}

  /** The quote, or NOT_FOUND — also for a quote the actor may not see. */
  async quote(actor: Actor | null, id: string): Promise<QuoteEntity> {
    const reader = QuotePolicy.requireRole(actor, 'READ');
    return QuotePolicy.requireVisible(reader, await this.repository.findById(id));
  }

  /**
   * Customers see their agency's quotes, account managers those of the agencies their centre
   * serves, administrators all; newest first. The cursor is (createdAt, id), so paging stays
   * stable while quotes are added. Without `snapshots` the quotes' configuration and price
   * snapshot are not read (for a list that shows none of their fields: quote-selection.ts).
   */
  async quotes(
    actor: Actor | null,
    args: QuoteListArgs,
    { snapshots }: { snapshots: boolean } = { snapshots: true },
  ): Promise<ConnectionShape<QuoteEntity>> {
    const reader = QuotePolicy.requireRole(actor, 'READ');
    const size = pageSize(args.first);
    const after = args.after ? decodePosition(args.after) : null;
    const query = {
      scope: QuotePolicy.scopeOf(reader),
      status: args.status ?? null,
      agencyId: args.agencyId ?? null,
      limit: size + 1,
    };
    const rows = await this.repository.page({ ...query, after, snapshots });
    // A first page that holds every row is its own count; otherwise the list is counted.
    const whole = after === null && rows.length <= size;
    const totalCount = whole ? rows.length : await this.repository.count(query);
    return connectionOf(rows, size, totalCount, after !== null, positionKey, (row) => row);
  }

  async agencyOf(quote: Pick<QuoteEntity, 'id' | 'agencyId'>, context: object): Promise<AgencyEntity> {
    const agency = await this.loaders.forRequest(context).agencies.load(quote.agencyId);
    // The foreign key guarantees the row; a miss is a broken database, not a client's mistake.
    if (!agency) throw new Error(`Agency ${quote.agencyId} of quote ${quote.id} is missing.`);
    return agency;
  }

  commentsOf(quote: Pick<QuoteEntity, 'id'>, context: object): Promise<QuoteCommentEntity[]> {
    return this.loaders.forRequest(context).comments.load(quote.id);
  }

  /** True when no later revision of the quote exists (only the latest can be revised). */
  async isLatestRevision(
    quote: Pick<QuoteEntity, 'reference' | 'revision'>,
    context: object,
  ): Promise<boolean> {
    const latest = await this.loaders.forRequest(context).latestRevisions.load(quote.reference);
    return latest === undefined || latest <= quote.revision;
  }

  /** The stored configuration priced again against its pinned version (to verify the snapshot). */
  repriced(
    quote: Pick<QuoteEntity, 'catalogueVersionId' | 'configuration' | 'startDate'>,
  ): Promise<PricedConfiguration> {
    const configuration = { ...quote.configuration, startDate: quote.startDate };
    return this.pricing.priceAgainstVersion(quote.catalogueVersionId, configuration, 'configuration');
  }
}

function positionKey(quote: QuoteEntity): string {
  return `${quote.createdAt.toISOString()}|${quote.id}`;
}

function decodePosition(cursor: string): QuoteListPosition {
  const key = decodeCursor(cursor);
  const separator = key.indexOf('|');
  const createdAt = new Date(key.slice(0, separator));
  const id = key.slice(separator + 1);
  if (separator < 0 || Number.isNaN(createdAt.getTime()) || !id) {
    throw new BadUserInputError('after is not a cursor of this list.', 'after');
  }
  return { createdAt, id };
}
