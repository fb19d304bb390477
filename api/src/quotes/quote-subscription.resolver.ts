import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, type RequestWithActor } from '../auth/current-actor.decorator.js';
import { Clock } from '../common/clock/clock.js';
import type { GraphQLContext } from '../common/graphql/graphql-options.js';
import { QuoteModel } from './models/quote.model.js';
import type { QuoteEvent } from './quote-events.js';
import { QuoteSubscriptionService } from './quote-subscription.service.js';

type SubscriptionContext = { req: GraphQLContext['req'] & RequestWithActor };

/**
 * Live quotes over WebSocket (`graphql-ws` on `/graphql`, token in `connectionParams.authorization`).
 * Subscribing checks access like the queries do; each event is then resolved to the quote as the
 * subscriber may see it at that moment (QuoteSubscriptionService).
 */
@Resolver()
export class QuoteSubscriptionResolver {
  constructor(
    private readonly subscriptions: QuoteSubscriptionService,
    private readonly clock: Clock,
  ) {}

  /** The event's quote as the subscriber may see it now, `expired` as of the app's today. */
  private async reload(context: SubscriptionContext, event: QuoteEvent): Promise<QuoteModel> {
    const entity = await this.subscriptions.reload(context.req.headers.authorization, event);
    return QuoteModel.from(entity, this.clock.today());
  }

  @Subscription(() => QuoteModel, {
    description:
      'The quote, each time a change of it has been committed: edited, submitted, withdrawn, decided, revised (on the previous revision) or commented. Same access as quote(id): NOT_FOUND for a quote that does not exist or is not yours to see.',
    async resolve(
      this: QuoteSubscriptionResolver,
      event: QuoteEvent,
      _args: unknown,
      context: SubscriptionContext,
    ) {
      return this.reload(context, event);
    },
  })
  quoteChanged(
    @Args('id', { type: () => ID, description: 'The quote to follow.' }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<AsyncIterableIterator<QuoteEvent>> {
    return this.subscriptions.follow(actor, id);
  }

  @Subscription(() => QuoteModel, {
    description:
      "A quote of a centre's agencies, each time one is submitted, withdrawn, decided or commented — the centre's inbox, live. Account managers follow their own centre; administrators the one named, or all without providerCode. Customers: FORBIDDEN.",
    filter(
      this: QuoteSubscriptionResolver,
      event: QuoteEvent,
      args: { providerCode?: string | null },
      context: SubscriptionContext,
    ) {
      return this.subscriptions.inboxShows(context.req.actor ?? null, args.providerCode, event);
    },
    async resolve(
      this: QuoteSubscriptionResolver,
      event: QuoteEvent,
      _args: unknown,
      context: SubscriptionContext,
    ) {
      return this.reload(context, event);
    },
  })
  quoteInboxChanged(
    @Args('providerCode', {
      type: () => String,
      nullable: true,
      description:
        "The centre's code; account managers may leave it out (their own centre), administrators leave it out for all centres.",
    })
    providerCode: string | null | undefined,
    @CurrentActor() actor: Actor | null,
  ): AsyncIterableIterator<QuoteEvent> {
    return this.subscriptions.followInbox(actor, providerCode);
  }
}
