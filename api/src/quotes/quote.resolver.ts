import { Args, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Clock } from '../common/clock/clock.js';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.arg.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import {
  AddQuoteCommentArgs,
  DecideQuoteArgs,
  EXPECTED_VERSION,
  QuotesArgs,
  QuoteVersionArgs,
} from './dto/quote.args.js';
import { SaveQuoteInput } from './dto/save-quote.input.js';
import { QuoteCommentModel } from './models/quote-comment.model.js';
import { QuoteConnection, QuoteModel } from './models/quote.model.js';
import { QuoteCommentService } from './quote-comment.service.js';
import type { QuoteEntity } from './quote.entity.js';
import { QuoteLifecycleService } from './quote-lifecycle.service.js';
import { QuoteReadService } from './quote-read.service.js';
import { QuoteReviseService } from './quote-revise.service.js';
import { QuoteSaveService } from './quote-save.service.js';
import { listNeedsSnapshots } from './quote-selection.js';

/**
 * The quote operations of DESIGN's public API. Who may do what is decided by the services
 * (quote.policy.ts): anonymous → UNAUTHENTICATED, a role that never may → FORBIDDEN, someone
 * else's quote → NOT_FOUND.
 */
@Resolver(() => QuoteModel)
export class QuoteResolver {
  constructor(
    private readonly read: QuoteReadService,
    private readonly saving: QuoteSaveService,
    private readonly revising: QuoteReviseService,
    private readonly lifecycle: QuoteLifecycleService,
    private readonly comments: QuoteCommentService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  /** The quote as answered, `expired` as of the app's today. */
  private model(entity: QuoteEntity): QuoteModel {
    return QuoteModel.from(entity, this.clock.today());
  }

  @Query(() => QuoteConnection, {
    description:
      "Quotes you may see, newest first: a customer its agency's, an account manager those of the agencies its centre serves, an administrator all.",
  })
  async quotes(
    @Args() args: QuotesArgs,
    @CurrentActor() actor: Actor | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<QuoteModel>> {
    const page = await this.read.quotes(actor, args, { snapshots: listNeedsSnapshots(info) });
    const today = this.clock.today();
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: QuoteModel.from(edge.node, today) })),
    };
  }

  @Query(() => QuoteModel, {
    nullable: true,
    description: 'One quote; NOT_FOUND when it does not exist or is not yours to see.',
  })
  async quote(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    return this.model(await this.read.quote(actor, id));
  }

  @Mutation(() => QuoteModel, {
    description:
      'Prices a configuration and keeps it as a new DRAFT quote: pinned catalogue version, price snapshot, a new reference, valid for 90 days.',
  })
  async saveQuote(
    @Args('input') input: SaveQuoteInput,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'saveQuote', args: { input } };
    return this.model(await this.idempotency.run(request, () => this.saving.save(actor, input)));
  }

  @Mutation(() => QuoteModel, {
    description:
      'Changes a DRAFT quote and prices it again (valid for 90 days from today). Other statuses: CONFLICT.',
  })
  async updateQuote(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SaveQuoteInput,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_VERSION }) expectedVersion: number,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'updateQuote', args: { id, input, expectedVersion } };
    const work = () => this.saving.update(actor, id, input, expectedVersion);
    return this.model(await this.idempotency.run(request, work));
  }

  @Mutation(() => QuoteModel, {
    description:
      'A new DRAFT revision (same reference, revision + 1) with the same startDate, or today when it has passed, priced against the catalogue version in force on it. An open previous revision (DRAFT or SUBMITTED) is withdrawn. Only the latest revision can be revised; once a revision is ACCEPTED: CONFLICT (reason AGREEMENT_EXISTS) — amend or renew the agreement.',
  })
  async reviseQuote(
    @Args() { id, expectedVersion }: QuoteVersionArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'reviseQuote', args: { id, expectedVersion } };
    return this.model(
      await this.idempotency.run(request, () => this.revising.revise(actor, id, expectedVersion)),
    );
  }

  @Mutation(() => QuoteModel, {
    description:
      'Sends a DRAFT to the centre. Refused with BAD_USER_INPUT (field "configuration", extensions.issues) when the price has ERROR issues, and with CONFLICT (reason EXPIRED) after validUntil.',
  })
  async submitQuote(
    @Args() { id, expectedVersion }: QuoteVersionArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'submitQuote', args: { id, expectedVersion } };
    return this.model(
      await this.idempotency.run(request, () => this.lifecycle.submit(actor, id, expectedVersion)),
    );
  }

  @Mutation(() => QuoteModel, { description: 'Withdraws a DRAFT or SUBMITTED quote.' })
  async withdrawQuote(
    @Args() { id, expectedVersion }: QuoteVersionArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'withdrawQuote', args: { id, expectedVersion } };
    return this.model(
      await this.idempotency.run(request, () => this.lifecycle.withdraw(actor, id, expectedVersion)),
    );
  }

  @Mutation(() => QuoteModel, {
    description:
      "The centre's decision on a SUBMITTED quote: its account managers or an administrator. REJECT needs the reason in comment.",
  })
  async decideQuote(
    @Args() args: DecideQuoteArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const { id, decision, comment, expectedVersion } = args;
    const request = {
      actor,
      key,
      operation: 'decideQuote',
      args: { id, decision, comment, expectedVersion },
    };
    const work = () => this.lifecycle.decide(actor, id, decision, comment, expectedVersion);
    return this.model(await this.idempotency.run(request, work));
  }

  @Mutation(() => QuoteCommentModel, {
    description: "Adds a comment (1 to 2000 characters) to a quote's thread.",
  })
  async addQuoteComment(
    @Args() { id, text }: AddQuoteCommentArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteCommentModel> {
    const request = { actor, key, operation: 'addQuoteComment', args: { id, text } };
    return QuoteCommentModel.from(
      await this.idempotency.run(request, () => this.comments.add(actor, id, text)),
    );
  }
}
