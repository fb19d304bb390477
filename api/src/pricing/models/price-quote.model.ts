import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { PricedConfiguration } from '../pricing.service.js';
import { ConfigurationIssueModel } from './configuration-issue.model.js';
import { PriceLineModel } from './price-line.model.js';
import { PriceTotalsModel, YearTotalModel } from './price-totals.model.js';

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
}
