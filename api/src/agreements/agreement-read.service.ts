import { Injectable } from '@nestjs/common';
import {
  contractYearOfMonth,
  isMonth,
  minorDigits,
  monthOf,
  monthRange,
  monthsBetween,
  monthUsage,
  targetMet,
  trueUp,
  type MonthUsageFigures,
} from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import type { AgencyEntity } from '../agencies/agency.entity.js';
import { Clock } from '../common/clock/clock.js';
import { connectionOf, decodeCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { AgreementErrors } from './agreement.errors.js';
import { AgreementLoaderFactory } from './agreement.loader.js';
import { AgreementPolicy } from './agreement.policy.js';
import { AgreementRepository } from './agreement.repository.js';
import { MAX_USAGE_MONTHS, termOfMonth, type AgreementStatus } from './agreement.rules.js';
import { AgreementTermsReader } from './agreement-terms.reader.js';
import type { AgreementEntity } from './entities/agreement.entity.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

export interface AgreementListArgs {
  first?: number | null;
  after?: string | null;
  status?: AgreementStatus | null;
  agencyId?: string | null;
  providerCode?: string | null;
  endingBefore?: string | null;
}

/** What the monthly computations need of an agreement. */
export type AgreementDates = Pick<AgreementEntity, 'id' | 'startDate' | 'endDate'>;

export interface MonthUsage extends MonthUsageFigures {
  month: string;
}

export interface ServiceResult {
  month: string;
  metric: string;
  serviceCode: string | null;
  target: string;
  value: string;
  met: boolean;
}

/**
 * Reading agreements: one, the newest-first connection of those the actor may see, their terms and
 * agencies in batches per request, and what was used and measured month by month (DESIGN "Usage",
 * "Service results"), computed when read by the current shared engine against each term's pinned version.
 */
@Injectable()
export class AgreementReadService {
  constructor(
    private readonly repository: AgreementRepository,
    private readonly loaders: AgreementLoaderFactory,
    private readonly terms: AgreementTermsReader,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  async agreement(actor: Actor | null, id: string): Promise<AgreementEntity> {
    const reader = AgreementPolicy.requireRole(actor, 'READ');
    return AgreementPolicy.requireVisible(reader, await this.repository.findById(id));
  }

  async agreements(actor: Actor | null, args: AgreementListArgs): Promise<ConnectionShape<AgreementEntity>> {
    const reader = AgreementPolicy.requireRole(actor, 'READ');
    const size = pageSize(args.first);
    const after = args.after ? decodePosition(args.after) : null;
    const query = {
      scope: AgreementPolicy.scopeOf(reader),
      today: this.clock.today(),
      status: args.status ?? null,
      agencyId: args.agencyId ?? null,
      providerCode: args.providerCode ?? null,
      endingBefore: args.endingBefore ?? null,
      limit: size + 1,
    };
    const totalCount = await this.repository.count(query);
    const rows = await this.repository.page({ ...query, after });
    return connectionOf(rows, size, totalCount, after !== null, positionKey, (row) => row);
  }

  termsOf(agreement: Pick<AgreementEntity, 'id'>, context: object): Promise<AgreementTermEntity[]> {
    return this.loaders.forRequest(context).terms.load(agreement.id);
  }

  async agencyOf(
    agreement: Pick<AgreementEntity, 'id' | 'agencyId'>,
    context: object,
  ): Promise<AgencyEntity> {
    const agency = await this.loaders.forRequest(context).agencies.load(agreement.agencyId);
    if (!agency) throw new Error(`Agency ${agreement.agencyId} of agreement ${agreement.id} is missing.`);
    return agency;
  }

  /** The agreement a quote became a term of, when the actor may see it (it may see the quote). */
  ofQuote(quoteId: string, context: object): Promise<AgreementEntity | null> {
    return this.loaders.forRequest(context).ofQuote.load(quoteId);
  }

  async usage(agreement: AgreementDates, from: string, to: string, context: object): Promise<MonthUsage[]> {
    const months = clippedMonths(agreement, from, to);
    if (months.length === 0) return [];
    const terms = await this.termsOf(agreement, context);
    const recorded = await this.repository.volumes(agreement.id, months[0], months[months.length - 1]);
    const usage: MonthUsage[] = [];
    for (const month of months) {
      const term = termOfMonth(terms, agreement.startDate, month);
      if (!term) continue;
      const actuals = new Map(
        recorded.filter((v) => v.month === month).map((v) => [v.driverCode, v.quantity]),
      );
      const year = contractYearOfMonth(term.contractStart, month);
      const figures = monthUsage(await this.terms.catalogueOf(term), term.configuration, year, actuals);
      // The engine version that priced the term's stored snapshot, so a month says when it differs.
      usage.push({ month, ...figures, engineVersion: term.engineVersion });
    }
    return usage;
  }

  async trueUp(agreement: AgreementDates, from: string, to: string, context: object): Promise<string> {
    const months = await this.usage(agreement, from, to, context);
    const terms = await this.termsOf(agreement, context);
    return trueUp(months, minorDigits(terms[0]?.breakdown.currency ?? '') ?? 2);
  }

  async serviceResults(
    agreement: AgreementDates,
    from: string,
    to: string,
    context: object,
  ): Promise<ServiceResult[]> {
    const months = clippedMonths(agreement, from, to);
    if (months.length === 0) return [];
    const terms = await this.termsOf(agreement, context);
    const rows = await this.repository.serviceResults(agreement.id, months[0], months[months.length - 1]);
    const results: ServiceResult[] = [];
    for (const row of rows) {
      const term = termOfMonth(terms, agreement.startDate, row.month);
      const serviceCode = row.serviceKey === '' ? null : row.serviceKey;
      const target = term
        ? (await this.terms.targetsOf(term)).find(
            (t) => t.metric === row.metric && t.serviceCode === serviceCode,
          )
        : undefined;
      if (!target) continue;
      const met = targetMet(target.unit, target.value, row.value);
      results.push({
        month: row.month,
        metric: row.metric,
        serviceCode,
        target: target.value,
        value: row.value,
        met,
      });
    }
    return results;
  }
}

/** `from`..`to` inclusive (at most 120 months), clipped to the agreement's months. */
function clippedMonths(agreement: AgreementDates, from: string, to: string): string[] {
  if (!isMonth(from)) throw AgreementErrors.badMonths('from must be a month written "YYYY-MM".', 'from');
  if (!isMonth(to)) throw AgreementErrors.badMonths('to must be a month written "YYYY-MM".', 'to');
  if (to < from) throw AgreementErrors.badMonths('to must not lie before from.', 'to');
  if (monthsBetween(from, to) + 1 > MAX_USAGE_MONTHS)
    throw AgreementErrors.badMonths(`At most ${MAX_USAGE_MONTHS} months at a time.`, 'to');
  const first = [from, monthOf(agreement.startDate)].sort()[1];
  const last = [to, monthOf(agreement.endDate)].sort()[0];
  return monthRange(first, last);
}

function positionKey(agreement: AgreementEntity): string {
  return `${agreement.createdAt.toISOString()}|${agreement.id}`;
}

function decodePosition(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = decodeCursor(cursor).split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new BadUserInputError('after is not a cursor of this list.', 'after');
  return { createdAt, id };
}
