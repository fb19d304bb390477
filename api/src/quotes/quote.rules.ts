import {
  codePointLength,
  normalizeConfigurationInput,
  type ConfigurationInput,
} from '@servicekatalog/shared';
import type { PricedConfiguration } from '../pricing/pricing.service.js';
import type { QuoteEntity, QuoteStatus } from './quote.entity.js';
import { QuoteErrors } from './quote.errors.js';
import type { QuoteChanges } from './quote.repository.js';

/** DESIGN: a quote is valid for 90 days after saving by default. */
export const QUOTE_VALIDITY_DAYS = 90;
export const QUOTE_NAME_MAX_LENGTH = 200;
export const COMMENT_MAX_LENGTH = 2000;

/** The audit trail's entity names. */
export const QUOTE_ENTITY = 'Quote';
export const QUOTE_COMMENT_ENTITY = 'QuoteComment';

/** CONFLICT unless the quote is in one of `allowed`; `what` completes "only a DRAFT quote can be …". */
export function assertStatus(quote: QuoteEntity, allowed: readonly QuoteStatus[], what: string): void {
  if (!allowed.includes(quote.status)) throw QuoteErrors.wrongStatus(quote.status, allowed, what);
}

/** CONFLICT when the caller's `expectedVersion` is not the quote's current one. */
export function assertVersion(quote: QuoteEntity, expectedVersion: number): void {
  if (quote.version !== expectedVersion) throw QuoteErrors.staleVersion();
}

/** A calendar date `days` after `date` ('YYYY-MM-DD', UTC). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The offer holds through its `validUntil` day (UTC) and lapses the day after. The caller gives
 * `today` from the app's Clock, so a test that moves the clock moves expiry with it.
 */
export function isExpired(quote: Pick<QuoteEntity, 'validUntil'>, today: string): boolean {
  return quote.validUntil < today;
}

/** DESIGN: a quote may not be saved, edited or submitted with a start before `today` (the Clock's). */
export function startHasPassed(quote: Pick<QuoteEntity, 'startDate'>, today: string): boolean {
  return quote.startDate < today;
}

export function checkName(name: string | null | undefined): string {
  const text = (name ?? '').trim();
  if (!text) throw QuoteErrors.badName('Give the quote a name.');
  if (codePointLength(text) > QUOTE_NAME_MAX_LENGTH) {
    throw QuoteErrors.badName(`The name must have at most ${QUOTE_NAME_MAX_LENGTH} characters.`);
  }
  return text;
}

/** Comment text: 1..2000 characters once surrounding white space is removed. */
export function checkText(text: string | null | undefined, field: string): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw QuoteErrors.badText(`${field} must not be empty.`, field);
  if (codePointLength(trimmed) > COMMENT_MAX_LENGTH) {
    throw QuoteErrors.badText(`${field} must have at most ${COMMENT_MAX_LENGTH} characters.`, field);
  }
  return trimmed;
}

/**
 * The configuration as given, as plain JSON, with the catalogue version it was priced against
 * filled in — so that re-pricing it against the pinned version asks for exactly that version.
 */
export function storedConfiguration(input: ConfigurationInput, catalogueVersion: number): ConfigurationInput {
  return { ...normalizeConfigurationInput(input), catalogueVersion };
}

/**
 * The columns that come from pricing: the pinned version, the breakdown snapshot with the engine
 * version that computed it, the totals for listings, and a fresh validity from `today`.
 */
export function pricedColumns(
  input: ConfigurationInput,
  priced: PricedConfiguration,
  today: string,
): QuoteChanges {
  const breakdown = priced.breakdown;
  return {
    configuration: storedConfiguration({ ...input, startDate: priced.startDate }, breakdown.catalogueVersion),
    startDate: priced.startDate,
    catalogueVersionId: priced.catalogueVersionId,
    breakdown,
    engineVersion: breakdown.engineVersion,
    currency: breakdown.currency,
    firstYearTotal: breakdown.totals.firstYear,
    contractTotal: breakdown.totals.contractTotal,
    valid: breakdown.valid,
    validUntil: addDays(today, QUOTE_VALIDITY_DAYS),
  };
}

/**
 * What the audit trail keeps of a quote: every column but the (large) breakdown, whose identity
 * is given by the pinned version, the engine version and the totals.
 */
export function quoteSnapshot(quote: QuoteEntity): Record<string, unknown> {
  return {
    id: quote.id,
    reference: quote.reference,
    revision: quote.revision,
    previousQuoteId: quote.previousQuoteId,
    agencyId: quote.agencyId,
    providerCode: quote.providerCode,
    name: quote.name,
    status: quote.status,
    configuration: quote.configuration,
    catalogueVersionId: quote.catalogueVersionId,
    catalogueVersion: quote.breakdown.catalogueVersion,
    engineVersion: quote.engineVersion,
    currency: quote.currency,
    firstYearTotal: quote.firstYearTotal,
    contractTotal: quote.contractTotal,
    valid: quote.valid,
    validUntil: quote.validUntil,
    startDate: quote.startDate,
    submittedAt: quote.submittedAt,
    decidedAt: quote.decidedAt,
    decidedBy: quote.decidedBy,
    decisionComment: quote.decisionComment,
    version: quote.version,
  };
}
