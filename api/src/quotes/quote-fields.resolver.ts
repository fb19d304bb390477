import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel } from '../agencies/models/agency.model.js';
import { PlainFieldResolvers } from '../common/graphql/plain-field-resolvers.js';
import { PriceQuoteModel } from '../pricing/models/price-quote.model.js';
import { QuoteCommentModel } from './models/quote-comment.model.js';
import { QuoteModel } from './models/quote.model.js';
import { QuoteReadService } from './quote-read.service.js';

/**
 * The fields of a quote that are loaded separately, in batches per request (no N+1). Those asked
 * for each quote of a list are answered by plain functions (plain-field-resolvers.ts).
 */
@Resolver(() => QuoteModel)
export class QuoteFieldsResolver {
  constructor(
    private readonly read: QuoteReadService,
    plainFields: PlainFieldResolvers,
  ) {
    plainFields.add('Quote', 'agency', (quote: QuoteModel, _args, context) => this.agency(quote, context));
    plainFields.add('Quote', 'comments', (quote: QuoteModel, _args, context) =>
      this.comments(quote, context),
    );
    plainFields.add('Quote', 'latestRevision', (quote: QuoteModel, _args, context) =>
      this.latestRevision(quote, context),
    );
  }

  @ResolveField('agency', () => AgencyModel, { description: 'The customer agency the quote is for.' })
  async agency(@Parent() quote: QuoteModel, @Context() context: object): Promise<AgencyModel> {
    return AgencyModel.from(await this.read.agencyOf(quote, context));
  }

  @ResolveField('comments', () => [QuoteCommentModel], { description: 'The comment thread, oldest first.' })
  async comments(@Parent() quote: QuoteModel, @Context() context: object): Promise<QuoteCommentModel[]> {
    return (await this.read.commentsOf(quote, context)).map((comment) => QuoteCommentModel.from(comment));
  }

  @ResolveField('latestRevision', () => Boolean, {
    description:
      'True when no later revision of this quote exists. Only the latest revision can be revised; older ones stay for the record.',
  })
  latestRevision(@Parent() quote: QuoteModel, @Context() context: object): Promise<boolean> {
    return this.read.isLatestRevision(quote, context);
  }

  @ResolveField('repriced', () => PriceQuoteModel, {
    description:
      'The saved configuration priced again now against the pinned catalogue version, to verify `price`: equal unless the pricing rules changed (see engineVersion). `price` stays what was offered. Meant for checking single quotes: it costs a catalogue lookup per quote.',
  })
  async repriced(@Parent() quote: QuoteModel): Promise<PriceQuoteModel> {
    return PriceQuoteModel.from(await this.read.repriced(quote));
  }
}
