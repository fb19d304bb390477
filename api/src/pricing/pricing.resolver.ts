import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { GraphQLContext } from '../common/graphql/graphql-options.js';
import { PlainFieldResolvers } from '../common/graphql/plain-field-resolvers.js';
import { localizedTextResolver } from '../common/i18n/request-languages.js';
import { ConfigurationInput } from './dto/configuration.input.js';
import { PriceLineModel } from './models/price-line.model.js';
import { PriceQuoteModel } from './models/price-quote.model.js';
import { UpcomingChangeModel } from './models/upcoming-change.model.js';
import { MAX_COMPARED, PricingService } from './pricing.service.js';

/** Pricing and comparing configurations; open to anonymous callers (DESIGN "Who may do what"). */
@Resolver(() => PriceQuoteModel)
export class PricingResolver {
  constructor(private readonly pricing: PricingService) {}

  @Query(() => PriceQuoteModel, {
    description:
      'Prices a configuration against the catalogue version it names, by default the one in force today (UTC). Broken rules come back as issues; bad input (unknown codes, bad quantities, contract years outside 1..10) is BAD_USER_INPUT naming the field, with every problem in extensions.errors. Anonymous callers allowed.',
  })
  async priceConfiguration(
    @Args('input', { type: () => ConfigurationInput, description: 'The configuration to price.' })
    input: ConfigurationInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<PriceQuoteModel> {
    return PriceQuoteModel.from(await this.pricing.price(actor, input, 'input'));
  }

  @Query(() => [PriceQuoteModel], {
    description: `Prices 1 to ${MAX_COMPARED} configurations side by side, in the order given. When any input is bad the whole request is refused, naming the field (e.g. "inputs[2].volumes[0].quantity").`,
  })
  async compareConfigurations(
    @Args('inputs', { type: () => [ConfigurationInput], description: `1 to ${MAX_COMPARED} configurations.` })
    inputs: ConfigurationInput[],
    @CurrentActor() actor: Actor | null,
  ): Promise<PriceQuoteModel[]> {
    return (await this.pricing.compare(actor, inputs)).map((priced) => PriceQuoteModel.from(priced));
  }

  @ResolveField('upcomingChange', () => UpcomingChangeModel, {
    nullable: true,
    description:
      'The first catalogue version to come into force after startDate and up to the end of the contract; null when none. Computed when read, never part of a stored price.',
  })
  upcomingChange(@Parent() price: PriceQuoteModel): Promise<UpcomingChangeModel | null> {
    return this.pricing.upcomingChange(price.providerCode, price.startDate, price.contractYears);
  }
}

/**
 * `PriceLine.componentLabel(locale)`: the label in the wanted language, like the catalogue's texts.
 * Thirty lines are thirty calls: a plain function answers them (plain-field-resolvers.ts).
 */
@Resolver(() => PriceLineModel)
export class PriceLineResolver {
  private readonly resolve = localizedTextResolver((line: PriceLineModel) => line.label);

  constructor(plainFields: PlainFieldResolvers) {
    plainFields.add('PriceLine', 'componentLabel', this.resolve);
  }

  @ResolveField('componentLabel', () => String, {
    description:
      'Label of the price component, e.g. "Per payslip". Language: the locale argument, else the request\'s Accept-Language, then English, then any.',
  })
  componentLabel(
    @Parent() line: PriceLineModel,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description: 'Language wanted, e.g. "nb" or "da-DK".',
    })
    locale: string | null,
    @Context() context: GraphQLContext,
  ): string | null {
    return this.resolve(line, { locale }, context);
  }
}
