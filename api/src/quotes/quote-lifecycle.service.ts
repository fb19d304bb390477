import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../common/clock/clock.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { QuoteEntity, QuoteStatus } from './quote.entity.js';
import { QuoteAcceptance } from './quote-acceptance.js';
import { QuoteErrors } from './quote.errors.js';
import type { QuoteEventAction } from './quote-events.js';
import { QuotePolicy, type QuoteAction } from './quote.policy.js';
import type { QuoteChanges } from './quote.repository.js';
import { assertStatus, assertVersion, checkText, isExpired, startHasPassed } from './quote.rules.js';
import { QuoteWriter } from './quote-writer.js';

export type QuoteDecision = 'ACCEPT' | 'REJECT';

/** One status change: who may make it, from where, what it checks and what it sets. */
interface Transition {
  action: QuoteAction;
  /** The audit action (and what the subscription event is for). */
  auditAction: QuoteEventAction;
  from: readonly QuoteStatus[];
  /** Completes "only a DRAFT quote can be …". */
  what: string;
  /**
   * Rules beyond status and version, on the quote as read in the transaction; `today` is the
   * app's Clock, read once per transition.
   */
  check?: (quote: QuoteEntity, today: string) => void;
  /** The columns to set; `actor` is the one whose role was checked for `action`. */
  changes: (quote: QuoteEntity, now: Date, actor: Actor) => QuoteChanges;
  /** Further writes of the same transaction, on the changed quote. */
  after?: (manager: EntityManager, actor: Actor, quote: QuoteEntity) => Promise<void>;
}

/**
 * The status changes of a quote: submit (DRAFT → SUBMITTED), withdraw (DRAFT or SUBMITTED →
 * WITHDRAWN) and decide (SUBMITTED → ACCEPTED | REJECTED). Each is one transaction: read the quote,
 * check who, status and version, then a version-checked UPDATE and its audit event.
 */
@Injectable()
export class QuoteLifecycleService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly writer: QuoteWriter,
    private readonly acceptance: QuoteAcceptance,
    private readonly clock: Clock,
  ) {}

  /**
   * A DRAFT becomes SUBMITTED if its offer has not lapsed (CONFLICT, reason EXPIRED — revise it
   * for current prices) and its snapshot has no ERROR issue (BAD_USER_INPUT on `configuration`,
   * the issues in `extensions.issues`).
   */
  submit(actor: Actor | null, id: string, expectedVersion: number): Promise<QuoteEntity> {
    return this.transition(actor, id, expectedVersion, {
      action: 'EDIT',
      auditAction: 'SUBMIT',
      from: ['DRAFT'],
      what: 'submitted',
      check: (quote, today) => {
        if (isExpired(quote, today)) throw QuoteErrors.expired(quote.validUntil);
        if (startHasPassed(quote, today)) throw QuoteErrors.startDatePassed(quote.startDate);
        const errors = quote.breakdown.issues.filter((issue) => issue.severity === 'ERROR');
        if (errors.length > 0) throw QuoteErrors.configurationHasErrors(errors);
      },
      changes: (_quote, now) => ({ status: 'SUBMITTED', submittedAt: now, updatedAt: now }),
    });
  }

  withdraw(actor: Actor | null, id: string, expectedVersion: number): Promise<QuoteEntity> {
    return this.transition(actor, id, expectedVersion, {
      action: 'EDIT',
      auditAction: 'WITHDRAW',
      from: ['DRAFT', 'SUBMITTED'],
      what: 'withdrawn',
      changes: (_quote, now) => ({ status: 'WITHDRAWN', updatedAt: now }),
    });
  }

  /** The centre's answer to a SUBMITTED quote; a rejection needs a reason in `comment`. */
  decide(
    actor: Actor | null,
    id: string,
    decision: QuoteDecision,
    comment: string | null | undefined,
    expectedVersion: number,
  ): Promise<QuoteEntity> {
    return this.transition(actor, id, expectedVersion, {
      action: 'DECIDE',
      auditAction: decision,
      from: ['SUBMITTED'],
      what: 'decided',
      check: (quote, today) => {
        if (decision === 'REJECT' && !comment?.trim()) throw QuoteErrors.rejectionNeedsComment();
        if (decision === 'ACCEPT' && startHasPassed(quote, today))
          throw QuoteErrors.startDatePassed(quote.startDate);
      },
      changes: (_quote, now, decider) => ({
        status: decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED',
        decidedAt: now,
        decidedBy: decider.userId,
        decisionComment: comment?.trim() ? checkText(comment, 'comment') : null,
        updatedAt: now,
      }),
      // DESIGN: accepting creates (or amends, or renews) the agreement in the same transaction.
      after:
        decision === 'ACCEPT'
          ? (manager, who, quote) => this.acceptance.accepted(manager, who, quote)
          : undefined,
    });
  }

  private transition(
    actor: Actor | null,
    id: string,
    expectedVersion: number,
    transition: Transition,
  ): Promise<QuoteEntity> {
    const allowed = QuotePolicy.requireRole(actor, transition.action);
    return this.transactions.run(async (manager) => {
      const before = await this.writer.loadVisible(manager, allowed, id);
      assertStatus(before, transition.from, transition.what);
      assertVersion(before, expectedVersion);
      transition.check?.(before, this.clock.today());
      const after = await this.writer.change(manager, {
        actor: allowed,
        before,
        expectedVersion,
        from: transition.from,
        changes: transition.changes(before, new Date(), allowed),
        action: transition.auditAction,
      });
      await transition.after?.(manager, allowed, after);
      return after;
    });
  }
}
