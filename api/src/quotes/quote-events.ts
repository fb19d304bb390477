import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import { EventBus } from '../common/events/event-bus.js';
import type { QuoteEntity } from './quote.entity.js';

/** What a quote event says: ids only. Subscribers reload the quote with their own permissions. */
export interface QuoteEvent {
  quoteId: string;
  /** The centre whose inbox the quote is in. */
  providerCode: string;
}

/** The changes of a quote that events are sent for: its audit actions, and COMMENT for a new comment. */
export type QuoteEventAction =
  'CREATE' | 'REVISE' | 'UPDATE' | 'SUBMIT' | 'WITHDRAW' | 'ACCEPT' | 'REJECT' | 'COMMENT';

/** The changes a centre's inbox follows: what arrives, leaves, is decided or discussed. */
const INBOX_ACTIONS: ReadonlySet<QuoteEventAction> = new Set([
  'SUBMIT',
  'WITHDRAW',
  'ACCEPT',
  'REJECT',
  'COMMENT',
]);

const quoteTrigger = (quoteId: string): string => `quote-changed:${quoteId}`;
const INBOX_TRIGGER = 'quote-inbox';

/**
 * The subscription events of quotes. Every write of a quote (QuoteWriter) and every new comment
 * calls {@link changed} inside its transaction; the events go out only after it commits.
 */
@Injectable()
export class QuoteEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly transactions: TransactionService,
  ) {}

  /** After the transaction of `manager` commits: tells the quote's followers (and its centre's inbox). */
  changed(
    manager: EntityManager,
    quote: Pick<QuoteEntity, 'id' | 'providerCode'>,
    action: QuoteEventAction,
  ): void {
    const event: QuoteEvent = { quoteId: quote.id, providerCode: quote.providerCode };
    this.transactions.afterCommit(manager, () => {
      this.bus.publish(quoteTrigger(quote.id), { ...event });
      if (INBOX_ACTIONS.has(action)) this.bus.publish(INBOX_TRIGGER, { ...event });
    });
  }

  /** The events of one quote. */
  ofQuote(quoteId: string): AsyncIterableIterator<QuoteEvent> {
    return this.bus.events<QuoteEvent>(quoteTrigger(quoteId));
  }

  /** The inbox events of every centre (subscribers filter by centre). */
  ofInboxes(): AsyncIterableIterator<QuoteEvent> {
    return this.bus.events<QuoteEvent>(INBOX_TRIGGER);
  }

  /** Subscriptions following one quote (for diagnostics and tests). */
  followersOf(quoteId: string): Promise<number> {
    return this.bus.subscriberCount(quoteTrigger(quoteId));
  }

  /** Subscriptions following the inboxes (for diagnostics and tests). */
  inboxFollowers(): Promise<number> {
    return this.bus.subscriberCount(INBOX_TRIGGER);
  }
}
