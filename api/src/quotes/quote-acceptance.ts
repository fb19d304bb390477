import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { QuoteEntity } from './quote.entity.js';

/** Work that must commit together with a quote's acceptance (it runs inside that transaction). */
export type AcceptedQuoteHandler = (
  manager: EntityManager,
  actor: Actor,
  quote: QuoteEntity,
) => Promise<void>;

/**
 * What happens when a quote is accepted, registered by the domains above quotes (agreements), so
 * that quotes need not know them: every handler runs in the acceptance's own transaction, and a
 * failing handler rolls the acceptance back.
 */
@Injectable()
export class QuoteAcceptance {
  private readonly handlers: AcceptedQuoteHandler[] = [];

  register(handler: AcceptedQuoteHandler): void {
    this.handlers.push(handler);
  }

  async accepted(manager: EntityManager, actor: Actor, quote: QuoteEntity): Promise<void> {
    for (const handler of this.handlers) await handler(manager, actor, quote);
  }
}
