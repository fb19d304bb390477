import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PriceBreakdown } from '@servicekatalog/shared';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { PricedConfiguration } from '../pricing.service.js';
import { ConfigurationIssueModel } from './configuration-issue.model.js';
import { PriceLineModel } from './price-line.model.js';
import { PriceTotalsModel, YearTotalModel } from './price-totals.model.js';

/**
 * A stored price (a quote's): the figures a listing shows, which the quote keeps in columns copied
 * from its snapshot when it was priced, and the snapshot itself, parsed when first asked for.
 */
export interface StoredPrice extends Omit<PricedConfiguration, 'breakdown'> {
  currency: string;
  firstYearTotal: string;
  contractTotal: string;
  snapshot: () => PriceBreakdown;
}

/** The snapshot's fields besides those a stored price has in columns (`currency`, `totals`). */
const SNAPSHOT_FIELDS = [
  'catalogueVersion',
  'valid',
  'lines',
  'years',
  'issues',
  'serviceLevelCode',
  'servicePackageCode',
  'contractYears',
  'engineVersion',
] as const;
type Unlisted = Exclude<keyof PriceBreakdown, 'currency' | 'totals' | (typeof SNAPSHOT_FIELDS)[number]>;
/** Fails to compile when PriceBreakdown gains a field {@link SNAPSHOT_FIELDS} does not list. */
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

@ObjectType('PriceQuote', {
  description:
    'A configuration priced against one catalogue version: every line, the contract years, the totals and the issues. Prices exclude VAT.',
})
export class PriceQuoteModel {
  @Field({ description: "ISO 4217 currency of every amount (the catalogue version's)." })
  currency!: string;

  @Field({ description: 'Code of the provider whose catalogue priced the configuration.' })
  providerCode!: string;

  @Field(() => Int, { description: 'Number of the catalogue version that priced the configuration.' })
  catalogueVersion!: number;

  @Field(() => ID, { description: 'Id of that catalogue version.' })
  catalogueVersionId!: string;

  @Field({
    description:
      'True when there is no issue of severity ERROR (only a valid configuration can be submitted).',
  })
  valid!: boolean;

  @Field(() => [PriceLineModel], {
    description: 'One line per price component of each selected service that applies in the contract years.',
  })
  lines!: PriceLineModel[];

  @Field(() => [YearTotalModel], { description: 'One total per contract year, year 1 first.' })
  years!: YearTotalModel[];

  @Field(() => PriceTotalsModel, { description: 'Monthly, first-year and whole-contract totals.' })
  totals!: PriceTotalsModel;

  @Field(() => [ConfigurationIssueModel], { description: 'Rules the configuration breaks; empty when none.' })
  issues!: ConfigurationIssueModel[];

  @Field(() => String, { nullable: true, description: 'The service package priced; null when none.' })
  servicePackageCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The service level that applied: the one asked for, else the package's, else the lowest rank; null when the version has none.",
  })
  serviceLevelCode!: string | null;

  @Field(() => Int, { description: 'Contract length in years.' })
  contractYears!: number;

  @Field({ description: 'Version of the pricing rules that computed this price.' })
  engineVersion!: string;

  @Field(() => DateScalar, { description: "The contract's first day (UTC)." })
  startDate!: string;

  static from({
    breakdown,
    providerCode,
    catalogueVersionId,
    startDate,
  }: PricedConfiguration): PriceQuoteModel {
    return Object.assign(new PriceQuoteModel(), {
      ...breakdown,
      providerCode,
      catalogueVersionId,
      startDate,
    });
  }

  /**
   * A stored price that parses its snapshot only for the fields asked: a list of quotes shows the
   * currency and totals, and parses none.
   */
  static stored(price: StoredPrice): PriceQuoteModel {
    return new StoredPriceQuoteModel(price);
  }
}

/**
 * {@link PriceQuoteModel.stored}: the snapshot's fields are getters of the class, for GraphQL to
 * read (a spread or JSON copy of the object would not have them).
 */
class StoredPriceQuoteModel extends PriceQuoteModel {
  readonly snapshot: () => PriceBreakdown;

  constructor({ snapshot, currency, firstYearTotal, contractTotal, ...columns }: StoredPrice) {
    super();
    this.snapshot = snapshot;
    Object.assign(this, columns);
    this.currency = currency;
    this.totals = new StoredPriceTotals(snapshot, firstYearTotal, contractTotal);
  }
}
for (const field of SNAPSHOT_FIELDS) {
  Object.defineProperty(StoredPriceQuoteModel.prototype, field, {
    get(this: StoredPriceQuoteModel) {
      return this.snapshot()[field];
    },
  });
}

/** The totals of a stored price: two from the quote's columns, the monthly one from the snapshot. */
class StoredPriceTotals extends PriceTotalsModel {
  constructor(
    readonly snapshot: () => PriceBreakdown,
    firstYear: string,
    contractTotal: string,
  ) {
    super();
    this.firstYear = firstYear;
    this.contractTotal = contractTotal;
  }
}
Object.defineProperty(StoredPriceTotals.prototype, 'monthly', {
  get(this: StoredPriceTotals) {
    return this.snapshot().totals.monthly;
  },
});
