import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { RequireAccess } from '../auth/require-access.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import {
  ExchangeRatesArgs,
  ExchangeRatesInUseArgs,
  RecordExchangeRateInput,
  UpdateExchangeRateInput,
} from './dto/exchange-rate.input.js';
import { ExchangeRateReadService } from './exchange-rate-read.service.js';
import { ExchangeRateService } from './exchange-rate.service.js';
import { AppliedExchangeRateModel } from './models/applied-exchange-rate.model.js';
import { ExchangeRateConnection, ExchangeRateModel } from './models/exchange-rate.model.js';

const WRITERS = 'Administrators only; anonymous callers UNAUTHENTICATED, others FORBIDDEN.';
const EXPECTED_VERSION = "The rate's `version` as you last saw it; a stale value is refused with CONFLICT.";

/** Exchange rates: read by anyone (converted figures name them), kept by administrators. */
@Resolver(() => ExchangeRateModel)
export class ExchangeRateResolver {
  constructor(
    private readonly read: ExchangeRateReadService,
    private readonly writing: ExchangeRateService,
  ) {}

  @Query(() => ExchangeRateConnection, {
    description: 'The stored exchange rates, newest date first, then from and to; open to anonymous callers.',
  })
  exchangeRates(@Args() args: ExchangeRatesArgs): Promise<ConnectionShape<ExchangeRateModel>> {
    return this.read.list(args);
  }

  @Query(() => [AppliedExchangeRateModel], {
    description:
      'The rate each `from` currency converts into `to` at on `at` (default today, UTC), in the order asked, each once: a currency into itself is 1; otherwise the latest stored rate on or before `at`, in that direction only (no inverses or cross rates). A currency with no such rate is left out of the answer — a missing rate is said, never guessed. Convert with amount × rate, rounded half up once to the minor unit of `to`; converted figures are indicative. Unknown currencies are BAD_USER_INPUT naming the field ("from[1]"). Open to anonymous callers.',
  })
  exchangeRatesInUse(@Args() args: ExchangeRatesInUseArgs): Promise<AppliedExchangeRateModel[]> {
    return this.read.inUse(args);
  }

  @Mutation(() => ExchangeRateModel, { description: `Records an exchange rate. ${WRITERS}` })
  @RequireAccess('EXCHANGE_RATE_WRITE')
  async recordExchangeRate(
    @Args('input', { type: () => RecordExchangeRateInput }) input: RecordExchangeRateInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ExchangeRateModel> {
    return ExchangeRateModel.from(await this.writing.record(actor, input));
  }

  @Mutation(() => ExchangeRateModel, {
    description: `Changes an exchange rate. ${WRITERS} A stale expectedVersion is CONFLICT and changes nothing.`,
  })
  @RequireAccess('EXCHANGE_RATE_WRITE')
  async updateExchangeRate(
    @Args('id', { type: () => ID, description: 'Id of the rate.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_VERSION }) expectedVersion: number,
    @Args('input', { type: () => UpdateExchangeRateInput }) input: UpdateExchangeRateInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ExchangeRateModel> {
    return ExchangeRateModel.from(await this.writing.update(actor, id, expectedVersion, input));
  }

  @Mutation(() => Boolean, {
    description: `Deletes an exchange rate; true when deleted. ${WRITERS} NOT_FOUND when there is no such rate; a stale expectedVersion is CONFLICT and deletes nothing.`,
  })
  @RequireAccess('EXCHANGE_RATE_WRITE')
  deleteExchangeRate(
    @Args('id', { type: () => ID, description: 'Id of the rate.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_VERSION }) expectedVersion: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    return this.writing.delete(actor, id, expectedVersion);
  }
}
