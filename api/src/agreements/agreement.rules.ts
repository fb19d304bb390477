import { firstDayOf, monthOf, type ConfigurationInput } from '@servicekatalog/shared';
import type { AgreementEntity } from './entities/agreement.entity.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

export type AgreementStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED' | 'TERMINATED';
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['UPCOMING', 'ACTIVE', 'ENDED', 'TERMINATED'];

/** The audit trail's entity name. */
export const AGREEMENT_ENTITY = 'Agreement';

/** DESIGN: `usage(from, to)` covers at most 120 months. */
export const MAX_USAGE_MONTHS = 120;

/** TERMINATED once the centre terminated it; otherwise derived from the dates. */
export function agreementStatus(
  agreement: Pick<AgreementEntity, 'terminatedAt' | 'startDate' | 'endDate'>,
  today: string,
): AgreementStatus {
  if (agreement.terminatedAt) return 'TERMINATED';
  if (today < agreement.startDate) return 'UPCOMING';
  if (today > agreement.endDate) return 'ENDED';
  return 'ACTIVE';
}

/** The term in force on a date; null outside every term. Terms are in position order. */
export function termOn<T extends Pick<AgreementTermEntity, 'startDate' | 'endDate'>>(
  terms: readonly T[],
  date: string,
): T | null {
  return terms.find((term) => term.startDate <= date && date <= term.endDate) ?? null;
}

/** DESIGN `current`: the term in force today, else the first term before the start and the last after the end. */
export function currentTerm<T extends Pick<AgreementTermEntity, 'startDate' | 'endDate'>>(
  terms: readonly T[],
  today: string,
): T {
  const sorted = [...terms].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  return termOn(sorted, today) ?? (today < sorted[0].startDate ? sorted[0] : sorted[sorted.length - 1]);
}

/** The term in force in a month: on its first day, and for the start month on the start date. */
export function termOfMonth<T extends Pick<AgreementTermEntity, 'startDate' | 'endDate'>>(
  terms: readonly T[],
  agreementStart: string,
  month: string,
): T | null {
  const day = month === monthOf(agreementStart) ? agreementStart : firstDayOf(month);
  return termOn(terms, day);
}

/**
 * The configuration of an amendment or renewal starting on `startDate`, from the term it follows:
 * priced against the version in force then (no pinned version), with as many contract years as
 * that term — an amendment continues the contract's years, a renewal starts a contract of its own.
 */
export function revisedConfiguration(
  base: Pick<AgreementTermEntity, 'configuration' | 'breakdown'>,
  startDate: string,
): ConfigurationInput {
  return {
    ...base.configuration,
    catalogueVersion: null,
    startDate,
    contractYears: base.breakdown.contractYears,
  };
}

/** What the audit trail keeps of an agreement. */
export function agreementSnapshot(
  agreement: AgreementEntity,
  terms?: readonly AgreementTermEntity[],
): Record<string, unknown> {
  return {
    id: agreement.id,
    reference: agreement.reference,
    agencyId: agreement.agencyId,
    providerCode: agreement.providerCode,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    terminatedAt: agreement.terminatedAt,
    terminationReason: agreement.terminationReason,
    version: agreement.version,
    ...(terms
      ? {
          terms: terms.map((term) => ({
            kind: term.kind,
            quoteId: term.quoteId,
            startDate: term.startDate,
            endDate: term.endDate,
            catalogueVersion: term.breakdown.catalogueVersion,
          })),
        }
      : {}),
  };
}
