import { Injectable } from '@nestjs/common';
import { managesProvider } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { passwordChangeRequired } from '../auth/auth.errors.js';
import { AuthService } from '../auth/auth.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { QuoteEntity } from './quote.entity.js';
import { QuoteEvents, type QuoteEvent } from './quote-events.js';
import { QuotePolicy } from './quote.policy.js';
import { QuoteReadService } from './quote-read.service.js';

/**
 * Following quotes live: who may subscribe to what, which events reach whom, and the quote each
 * event shows. Events carry ids only; every event is answered by reloading the quote for the
 * subscriber, signed in again from its token, with the same rules as `quote(id)` — so a revoked
 * user, a changed role or a quote no longer visible shows at once, and nothing leaks through events.
 */
@Injectable()
export class QuoteSubscriptionService {
  constructor(
    private readonly read: QuoteReadService,
    private readonly events: QuoteEvents,
    private readonly auth: AuthService,
  ) {}

  /** One quote's changes; the same refusals as `quote(id)` (NOT_FOUND for one the actor may not see). */
  async follow(actor: Actor | null, quoteId: string): Promise<AsyncIterableIterator<QuoteEvent>> {
    await this.read.quote(actor, quoteId);
    return this.events.ofQuote(quoteId);
  }

  /**
   * A centre's inbox: account managers follow their own centre (naming another is FORBIDDEN),
   * administrators one centre or, without `providerCode`, all. Customers: FORBIDDEN.
   */
  followInbox(
    actor: Actor | null,
    providerCode: string | null | undefined,
  ): AsyncIterableIterator<QuoteEvent> {
    const follower = QuotePolicy.requireRole(actor, 'DECIDE');
    if (providerCode && !managesProvider(follower, providerCode)) {
      throw new ForbiddenError("An account manager follows only the inbox of the manager's own centre.");
    }
    return this.events.ofInboxes();
  }

  /** True when an inbox event is of the centre followed (all without one) and one the subscriber manages. */
  inboxShows(actor: Actor | null, providerCode: string | null | undefined, event: QuoteEvent): boolean {
    if (providerCode && event.providerCode !== providerCode) return false;
    return managesProvider(actor, event.providerCode);
  }

  /** The quote of an event as the holder of `authorization` may see it now. */
  async reload(authorization: string | string[] | undefined, event: QuoteEvent): Promise<QuoteEntity> {
    const actor = await this.auth.actorOfAuthorization(authorization);
    if (actor?.mustChangePassword) throw passwordChangeRequired();
    return this.read.quote(actor, event.quoteId);
  }
}
