import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConfigurationInput } from '@servicekatalog/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../common/clock/clock.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { PricingService } from '../pricing/pricing.service.js';
import { QuoteEntity, type QuoteStatus } from './quote.entity.js';
import { QuoteErrors } from './quote.errors.js';
import { QuotePolicy } from './quote.policy.js';
import { QuoteRepository } from './quote.repository.js';
import { assertVersion, pricedColumns } from './quote.rules.js';
import { newDraftColumns, priceForQuote } from './quote-save.service.js';
import { QuoteWriter } from './quote-writer.js';

/** Statuses in which a quote is still open: revising it replaces it. */
const OPEN: readonly QuoteStatus[] = ['DRAFT', 'SUBMITTED'];

/**
 * Revising: a new DRAFT with the same reference and revision + 1, linked to the previous one
 * through previousQuoteId, priced afresh against the version in force today and valid for 90 days
 * from today — the app's Clock, as for saving; timestamps stay the system's time.
 *
 * - An open previous revision (DRAFT or SUBMITTED) is WITHDRAWN in the same transaction, so one
 *   reference never has two offers open at once; a decided or withdrawn one stays as it is.
 * - Only the latest revision can be revised: (reference, revision) is unique, so revising an older
 *   one — or two people revising the same one at once — is CONFLICT (ALREADY_REVISED).
 */
@Injectable()
export class QuoteReviseService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: QuoteRepository,
    private readonly writer: QuoteWriter,
    private readonly pricing: PricingService,
    private readonly clock: Clock,
  ) {}

  async revise(actor: Actor | null, id: string, expectedVersion: number): Promise<QuoteEntity> {
    const editor = QuotePolicy.requireRole(actor, 'EDIT');
    const current = QuotePolicy.requireVisible(editor, await this.repository.findById(id));
    assertVersion(current, expectedVersion);
    if (await this.repository.referenceHasStatus(this.repository.manager, current.reference, 'ACCEPTED'))
      throw QuoteErrors.agreementExists();
    // The pinned version is let go: the version in force on the start is asked for. The start is
    // kept, or becomes today when it has passed.
    const today = this.clock.today();
    const startDate = current.startDate < today ? today : current.startDate;
    const configuration = { ...current.configuration, catalogueVersion: null, startDate };
    const priced = await priceForQuote(this.pricing, configuration, 'configuration');
    try {
      return await this.transactions.run(async (manager) => {
        const previous = await this.writer.loadVisible(manager, editor, id);
        assertVersion(previous, expectedVersion);
        if (await this.repository.referenceHasStatus(manager, previous.reference, 'ACCEPTED'))
          throw QuoteErrors.agreementExists();
        const now = new Date();
        if (OPEN.includes(previous.status)) {
          await this.writer.change(manager, {
            actor: editor,
            before: previous,
            expectedVersion,
            from: OPEN,
            changes: { status: 'WITHDRAWN', updatedAt: now },
            action: 'WITHDRAW',
          });
        }
        const revision = Object.assign(new QuoteEntity(), {
          id: randomUUID(),
          reference: previous.reference,
          revision: previous.revision + 1,
          previousQuoteId: previous.id,
          agencyId: previous.agencyId,
          providerCode: previous.providerCode,
          name: previous.name,
          ...pricedColumns(configuration, priced, today),
          ...newDraftColumns(editor, now),
        });
        return this.writer.create(manager, editor, revision, 'REVISE');
      });
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') throw QuoteErrors.alreadyRevised();
      throw error;
    }
  }

  /**
   * A DRAFT revision of an accepted reference that amends or renews its agreement (the agreements
   * domain has checked who may and what): priced now, the latest open revision withdrawn as by
   * `revise`, and `inTransaction` run in the same transaction on the new quote. Errors of the
   * configuration name the field without prefix (`startDate`).
   */
  async reviseForAgreement(
    actor: Actor,
    reference: string,
    configuration: ConfigurationInput,
    inTransaction: (manager: EntityManager, quote: QuoteEntity) => Promise<void>,
  ): Promise<QuoteEntity> {
    const today = this.clock.today();
    const priced = await priceForQuote(this.pricing, configuration, '');
    try {
      return await this.transactions.run(async (manager) => {
        const previous = await this.repository.findLatestRevision(manager, reference);
        if (!previous) throw QuoteErrors.notFound();
        const now = new Date();
        if (OPEN.includes(previous.status)) {
          await this.writer.change(manager, {
            actor,
            before: previous,
            expectedVersion: previous.version,
            from: OPEN,
            changes: { status: 'WITHDRAWN', updatedAt: now },
            action: 'WITHDRAW',
          });
        }
        const revision = Object.assign(new QuoteEntity(), {
          id: randomUUID(),
          reference,
          revision: previous.revision + 1,
          previousQuoteId: previous.id,
          agencyId: previous.agencyId,
          providerCode: previous.providerCode,
          name: previous.name,
          ...pricedColumns(configuration, priced, today),
          ...newDraftColumns(actor, now),
        });
        const created = await this.writer.create(manager, actor, revision, 'REVISE');
        await inTransaction(manager, created);
        return created;
      });
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') throw QuoteErrors.alreadyRevised();
      throw error;
    }
  }
}
