import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import { EventBus } from '../common/events/event-bus.js';

/** What an agreement event says: ids only. Subscribers reload the agreement with their own permissions. */
export interface AgreementEvent {
  agreementId: string;
  providerCode: string;
}

const agreementTrigger = (agreementId: string): string => `agreement-changed:${agreementId}`;

/** Live status of agreements: every write calls {@link changed}; the event goes out after the commit. */
@Injectable()
export class AgreementEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly transactions: TransactionService,
  ) {}

  changed(manager: EntityManager, agreement: { id: string; providerCode: string }): void {
    const event: AgreementEvent = { agreementId: agreement.id, providerCode: agreement.providerCode };
    this.transactions.afterCommit(manager, () =>
      this.bus.publish(agreementTrigger(agreement.id), { ...event }),
    );
  }

  ofAgreement(agreementId: string): AsyncIterableIterator<AgreementEvent> {
    return this.bus.events<AgreementEvent>(agreementTrigger(agreementId));
  }

  /** Subscriptions following one agreement (for diagnostics and tests). */
  followersOf(agreementId: string): Promise<number> {
    return this.bus.subscriberCount(agreementTrigger(agreementId));
  }
}
