import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel } from '../agencies/models/agency.model.js';
import { DecimalScalar } from '../common/graphql/scalars.js';
import { QuoteModel } from '../quotes/models/quote.model.js';
import { AgreementReadService } from './agreement-read.service.js';
import { currentTerm } from './agreement.rules.js';
import {
  AgreementModel,
  AgreementTermModel,
  MonthUsageModel,
  ServiceResultModel,
} from './models/agreement.model.js';

const MONTHS = 'Months as "2027-03", both included; at most 120, clipped to the agreement\'s months.';

/** The fields of an agreement that are loaded or computed separately (terms in batches per request). */
@Resolver(() => AgreementModel)
export class AgreementFieldsResolver {
  constructor(private readonly read: AgreementReadService) {}

  @ResolveField('agency', () => AgencyModel)
  async agency(@Parent() agreement: AgreementModel, @Context() context: object): Promise<AgencyModel> {
    return AgencyModel.from(await this.read.agencyOf(agreement, context));
  }

  @ResolveField('terms', () => [AgreementTermModel], { description: 'Every term, oldest first.' })
  async terms(
    @Parent() agreement: AgreementModel,
    @Context() context: object,
  ): Promise<AgreementTermModel[]> {
    return (await this.read.termsOf(agreement, context)).map((t) =>
      AgreementTermModel.from(t, agreement.providerCode),
    );
  }

  @ResolveField('current', () => AgreementTermModel, {
    description: 'The term in force today, else the first term before the start and the last after the end.',
  })
  async current(
    @Parent() agreement: AgreementModel,
    @Context() context: object,
  ): Promise<AgreementTermModel> {
    const terms = await this.read.termsOf(agreement, context);
    return AgreementTermModel.from(currentTerm(terms, this.read.today()), agreement.providerCode);
  }

  @ResolveField('usage', () => [MonthUsageModel], {
    description:
      "Per month, the MONTHLY charges with the actual and the forecast volumes, priced by the current engine against the term's pinned version.",
  })
  async usage(
    @Parent() agreement: AgreementModel,
    @Args('from', { description: MONTHS }) from: string,
    @Args('to') to: string,
    @Context() context: object,
  ): Promise<MonthUsageModel[]> {
    return this.read.usage(agreement, from, to, context);
  }

  @ResolveField('trueUp', () => DecimalScalar, {
    description:
      'Σ actualAmount − Σ forecastAmount over the months (months without actuals count as forecast).',
  })
  async trueUp(
    @Parent() agreement: AgreementModel,
    @Args('from', { description: MONTHS }) from: string,
    @Args('to') to: string,
    @Context() context: object,
  ): Promise<string> {
    return this.read.trueUp(agreement, from, to, context);
  }

  @ResolveField('serviceResults', () => [ServiceResultModel], {
    description: 'Recorded service results against the targets of the term in force each month.',
  })
  async serviceResults(
    @Parent() agreement: AgreementModel,
    @Args('from', { description: MONTHS }) from: string,
    @Args('to') to: string,
    @Context() context: object,
  ): Promise<ServiceResultModel[]> {
    return this.read.serviceResults(agreement, from, to, context);
  }
}

/** `Quote.agreement`: set once the quote is accepted (as the agreement or one of its terms). */
@Resolver(() => QuoteModel)
export class QuoteAgreementResolver {
  constructor(private readonly read: AgreementReadService) {}

  @ResolveField('agreement', () => AgreementModel, {
    nullable: true,
    description: 'The agreement this quote became (or amended or renewed) once accepted; null before.',
  })
  async agreement(@Parent() quote: QuoteModel, @Context() context: object): Promise<AgreementModel | null> {
    const agreement = await this.read.ofQuote(quote.id, context);
    return agreement ? AgreementModel.from(agreement, this.read.today()) : null;
  }
}
