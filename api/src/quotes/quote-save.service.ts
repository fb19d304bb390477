import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConfigurationInput } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import { Clock } from '../common/clock/clock.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { PricingService, type PricedConfiguration } from '../pricing/pricing.service.js';
import { QuoteEntity } from './quote.entity.js';
import { QuoteErrors } from './quote.errors.js';
import { QuotePolicy } from './quote.policy.js';
import { formatReference, nextQuoteSequence } from './quote-reference.js';
import { QuoteRepository } from './quote.repository.js';
import { assertStatus, assertVersion, checkName, pricedColumns } from './quote.rules.js';
import { QuoteWriter } from './quote-writer.js';

/** What `saveQuote` and `updateQuote` take (GraphQL `SaveQuoteInput`). */
export interface SaveQuoteCommand {
  /** Required for administrators; customers save for their own agency. */
  agencyId?: string | null;
  name: string;
  configuration: ConfigurationInput;
}

const CONFIGURATION_FIELD = 'input.configuration';

/**
 * Saving a configuration as a new DRAFT quote, and editing a DRAFT. Both price the configuration
 * (the version asked for, else the one in force today), pin that version and keep the breakdown
 * as computed — the snapshot — with a validity of 90 days from today. Today is the app's Clock,
 * read once per request for the start-date check and the validity alike; the timestamps
 * (createdAt, updatedAt, the reference's year) stay the system's time, like every record's.
 */
@Injectable()
export class QuoteSaveService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: QuoteRepository,
    private readonly writer: QuoteWriter,
    private readonly pricing: PricingService,
    private readonly agencies: AgencyService,
    private readonly clock: Clock,
  ) {}

  async save(actor: Actor | null, input: SaveQuoteCommand): Promise<QuoteEntity> {
    const editor = QuotePolicy.requireRole(actor, 'EDIT');
    const agency = await this.agencyFor(editor, input.agencyId);
    const name = checkName(input.name);
    checkProvider(input.configuration, agency.providerCode);
    const today = this.clock.today();
    checkStartDate(input.configuration, today);
    const priced = await priceForQuote(this.pricing, input.configuration, CONFIGURATION_FIELD);
    return this.transactions.run(async (manager) => {
      const now = new Date();
      const sequence = await nextQuoteSequence(manager, agency.providerCode, now.getUTCFullYear());
      const quote = Object.assign(new QuoteEntity(), {
        id: randomUUID(),
        reference: formatReference(agency.providerCode, now.getUTCFullYear(), sequence),
        revision: 1,
        previousQuoteId: null,
        agencyId: agency.id,
        providerCode: agency.providerCode,
        name,
        ...pricedColumns(input.configuration, priced, today),
        ...newDraftColumns(editor, now),
      });
      return this.writer.create(manager, editor, quote, 'CREATE');
    });
  }

  /** Replaces name and configuration of a DRAFT and re-prices it; any other status is CONFLICT. */
  async update(
    actor: Actor | null,
    id: string,
    input: SaveQuoteCommand,
    expectedVersion: number,
  ): Promise<QuoteEntity> {
    const editor = QuotePolicy.requireRole(actor, 'EDIT');
    const current = QuotePolicy.requireVisible(editor, await this.repository.findById(id));
    checkEditable(current, expectedVersion);
    if (input.agencyId && input.agencyId !== current.agencyId) throw QuoteErrors.agencyCannotChange();
    const name = checkName(input.name);
    checkProvider(input.configuration, current.providerCode);
    const today = this.clock.today();
    checkStartDate(input.configuration, today);
    // Priced before the transaction opens: reading catalogues needs no lock, and the UPDATE below
    // checks the version again, so a change committed meanwhile still wins.
    const priced = await priceForQuote(this.pricing, input.configuration, CONFIGURATION_FIELD);
    return this.transactions.run(async (manager) => {
      const before = await this.writer.loadVisible(manager, editor, id);
      checkEditable(before, expectedVersion);
      const now = new Date();
      return this.writer.change(manager, {
        actor: editor,
        before,
        expectedVersion,
        from: ['DRAFT'],
        changes: { name, ...pricedColumns(input.configuration, priced, today), updatedAt: now },
        action: 'UPDATE',
      });
    });
  }

  private async agencyFor(actor: Actor, agencyId: string | null | undefined): Promise<AgencyEntity> {
    const agency = await this.agencies.findById(QuotePolicy.agencyToSaveFor(actor, agencyId));
    if (!agency) throw QuoteErrors.agencyNotFound();
    return agency;
  }
}

/**
 * Prices a configuration for a quote. Quotes pin PUBLISHED versions only — a draft may still
 * change or be discarded, and a snapshot must stay reproducible — so the catalogue is read as the
 * public sees it (no actor): a draft's number is an unknown version, even for an administrator.
 */
export function priceForQuote(
  pricing: PricingService,
  configuration: ConfigurationInput,
  field: string,
): Promise<PricedConfiguration> {
  return pricing.price(null, configuration, field);
}

/** DESIGN: saveQuote and updateQuote refuse a contract start before `today` (the Clock's). */
function checkStartDate(configuration: ConfigurationInput, today: string): void {
  if (configuration.startDate && configuration.startDate < today)
    throw QuoteErrors.startDateInPast(configuration.startDate);
}

/** The life-cycle columns of a new DRAFT. */
export function newDraftColumns(actor: Actor, now: Date): Partial<QuoteEntity> {
  return {
    status: 'DRAFT',
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    decidedAt: null,
    decidedBy: null,
    decisionComment: null,
    version: 1,
  };
}

function checkEditable(quote: QuoteEntity, expectedVersion: number): void {
  assertStatus(quote, ['DRAFT'], 'edited');
  assertVersion(quote, expectedVersion);
}

/** The configuration must be priced with the catalogue of the provider that serves the agency. */
function checkProvider(configuration: ConfigurationInput, providerCode: string): void {
  if (configuration.providerCode !== providerCode) throw QuoteErrors.providerMismatch(providerCode);
}
