import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { addDays, contractEndDate } from '@servicekatalog/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../common/clock/clock.js';
import { QuoteAcceptance } from '../quotes/quote-acceptance.js';
import type { QuoteEntity } from '../quotes/quote.entity.js';
import { AgreementErrors } from './agreement.errors.js';
import { AgreementRepository } from './agreement.repository.js';
import { termOn } from './agreement.rules.js';
import { AgreementWriter, type AgreementChange } from './agreement-writer.js';
import { AgreementEntity } from './entities/agreement.entity.js';
import type { AgreementChangeEntity } from './entities/agreement-change.entity.js';
import { AgreementTermEntity, type AgreementTermKind } from './entities/agreement-term.entity.js';

/**
 * Accepting a quote, in the acceptance's own transaction (DESIGN "Agreement"): a first acceptance
 * creates the agreement, reference = the quote's + "-A"; an accepted amendment ends the term in
 * force the day before it starts and appends its own, co-terminating; an accepted renewal appends
 * its term from endDate + 1 and moves the agreement's endDate to its end.
 */
@Injectable()
export class AgreementAcceptService implements OnModuleInit {
  constructor(
    private readonly acceptance: QuoteAcceptance,
    private readonly repository: AgreementRepository,
    private readonly writer: AgreementWriter,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.acceptance.register((manager, actor, quote) => this.accepted(manager, actor, quote));
  }

  async accepted(manager: EntityManager, actor: Actor, quote: QuoteEntity): Promise<void> {
    const change = await this.repository.findChange(manager, quote.id);
    if (!change) return this.create(manager, actor, quote);
    const agreement = await this.repository.findById(change.agreementId, manager);
    if (!agreement) throw AgreementErrors.notFound();
    if (agreement.terminatedAt) throw AgreementErrors.terminated();
    return change.kind === 'RENEWAL'
      ? this.renew(manager, actor, quote, agreement, change)
      : this.amend(manager, actor, quote, agreement, change);
  }

  private async create(manager: EntityManager, actor: Actor, quote: QuoteEntity): Promise<void> {
    const now = new Date();
    const endDate = contractEndDate(quote.startDate, quote.breakdown.contractYears);
    const agreement = Object.assign(new AgreementEntity(), {
      id: randomUUID(),
      reference: `${quote.reference}-A`,
      quoteReference: quote.reference,
      agencyId: quote.agencyId,
      providerCode: quote.providerCode,
      startDate: quote.startDate,
      endDate,
      terminatedAt: null,
      terminationReason: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await this.writer.create(manager, actor, agreement, { quoteId: quote.id });
    await this.repository.insertTerm(
      manager,
      term(agreement.id, 1, 'INITIAL', quote, endDate, quote.startDate),
    );
  }

  private async amend(
    manager: EntityManager,
    actor: Actor,
    quote: QuoteEntity,
    agreement: AgreementEntity,
    change: AgreementChangeEntity,
  ): Promise<void> {
    const start = quote.startDate;
    const terms = await this.changeThenReadTerms(manager, {
      actor,
      before: agreement,
      expectedVersion: agreement.version,
      changes: { updatedAt: new Date() },
      action: 'AMEND',
      details: { quoteId: quote.id, startDate: start },
    });
    const previous = termOn(terms, start);
    if (!previous || start <= previous.startDate || start > agreement.endDate || start < this.clock.today())
      throw AgreementErrors.changeNoLongerFits(
        `The amendment's start ${start} no longer lies after the current term's start and on or before the end ${agreement.endDate}.`,
      );
    if (terms.some((t) => t.startDate >= start))
      throw AgreementErrors.changeNoLongerFits(
        'A later term was added meanwhile; amend the agreement again.',
      );
    if (quote.breakdown.contractYears !== previous.breakdown.contractYears)
      throw AgreementErrors.changeNoLongerFits(
        `An amendment keeps the contract's ${previous.breakdown.contractYears} contract year(s).`,
      );
    await this.repository.setTermEnd(manager, previous.id, addDays(start, -1));
    const position = terms.length + 1;
    await this.repository.insertTerm(
      manager,
      term(agreement.id, position, 'AMENDMENT', quote, agreement.endDate, change.contractStart),
    );
  }

  private async renew(
    manager: EntityManager,
    actor: Actor,
    quote: QuoteEntity,
    agreement: AgreementEntity,
    change: AgreementChangeEntity,
  ): Promise<void> {
    const endDate = contractEndDate(quote.startDate, quote.breakdown.contractYears);
    const terms = await this.changeThenReadTerms(manager, {
      actor,
      before: agreement,
      expectedVersion: agreement.version,
      changes: { endDate, updatedAt: new Date() },
      action: 'RENEW',
      details: { quoteId: quote.id, startDate: quote.startDate },
    });
    if (quote.startDate !== addDays(agreement.endDate, 1))
      throw AgreementErrors.changeNoLongerFits(
        `A renewal starts the day after the agreement ends (${addDays(agreement.endDate, 1)}), not ${quote.startDate}.`,
      );
    await this.repository.insertTerm(
      manager,
      term(agreement.id, terms.length + 1, 'RENEWAL', quote, endDate, change.contractStart),
    );
  }

  /**
   * The version-checked UPDATE of the agreement first, then its terms. Read the other way round,
   * on PostgreSQL (read committed: each statement its own snapshot, even in this transaction) a
   * termination or another accepted change committed between the two reads would leave the
   * acceptance the agreement as it was and the terms as they are, and it would refuse with
   * CHANGE_NO_LONGER_FITS computed from that torn picture. Once the UPDATE has matched the version
   * read, the agreement is current and locked until commit, and every change of the terms bumps
   * that version in its own transaction, so the terms read now belong to it. A stale version is
   * CONFLICT STALE_VERSION; a change that no longer fits throws after the UPDATE and rolls the
   * whole acceptance back with it (quote, term, audit event).
   */
  private async changeThenReadTerms(
    manager: EntityManager,
    change: AgreementChange,
  ): Promise<AgreementTermEntity[]> {
    await this.writer.change(manager, change);
    return this.repository.termsOf(change.before.id, manager);
  }
}

function term(
  agreementId: string,
  position: number,
  kind: AgreementTermKind,
  quote: QuoteEntity,
  endDate: string,
  contractStart: string,
): AgreementTermEntity {
  return Object.assign(new AgreementTermEntity(), {
    id: randomUUID(),
    agreementId,
    position,
    kind,
    quoteId: quote.id,
    catalogueVersionId: quote.catalogueVersionId,
    startDate: quote.startDate,
    endDate,
    contractStart,
    configuration: quote.configuration,
    breakdown: quote.breakdown,
    engineVersion: quote.engineVersion,
  });
}
