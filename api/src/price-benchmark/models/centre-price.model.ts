import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { AppliedExchangeRateModel } from '../../exchange-rates/models/applied-exchange-rate.model.js';
import { NotOfferedReasonEnum } from './benchmark-enums.js';

@ObjectType('ConvertedPrice', { description: "A centre's price converted at a named rate; indicative." })
export class ConvertedPriceModel {
  @Field({ description: 'The currency asked for.' })
  currency!: string;

  @Field(() => DecimalScalar, {
    description: "Year 1's total × rate, rounded half up once, at the end, to the currency's minor unit.",
  })
  total!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Year 1's total × rate ÷ (12 × monthly payslips), rounded half up once; null without payslips.",
  })
  pricePerPayslip!: string | null;

  @Field(() => AppliedExchangeRateModel)
  rate!: AppliedExchangeRateModel;
}

@ObjectType('CentrePrice', {
  description:
    'What a standard profile costs at one centre in year 1: its own currency, and converted; or "not offered", never zero.',
})
export class CentrePriceModel {
  @Field({ description: 'Code of the centre, e.g. "DFO-NO".' })
  providerCode!: string;

  @Field({ description: 'Name of the centre.' })
  providerName!: string;

  @Field(() => Int, { description: 'The catalogue version in force on the asked date.' })
  catalogueVersion!: number;

  @Field({ description: "The centre's own currency." })
  currency!: string;

  @Field({ description: 'False: the centre has no price for this profile (see notOfferedReason).' })
  offered!: boolean;

  @Field(() => NotOfferedReasonEnum, { nullable: true })
  notOfferedReason!: NotOfferedReasonEnum | null;

  @Field(() => [String], { description: "The package's drivers the profile cannot fill (MISSING_VOLUMES)." })
  missingDrivers!: string[];

  @Field(() => [String], { description: "The engine's ERROR issue codes (INVALID_CONFIGURATION)." })
  issueCodes!: string[];

  @Field(() => String, { nullable: true, description: 'The package priced (named in benchmarkPackages).' })
  servicePackageCode!: string | null;

  @Field(() => String, { nullable: true, description: "The service level that applied: the package's own." })
  serviceLevelCode!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Year 1's total (contractYears 1) in the centre's currency, by the shared engine; null when not offered.",
  })
  total!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'total ÷ (12 × monthly payslips), rounded half up to the minor unit; null without payslips or price.',
  })
  pricePerPayslip!: string | null;

  @Field(() => ConvertedPriceModel, {
    nullable: true,
    description: 'The total converted; null when not offered or when no rate exists (rateMissing).',
  })
  converted!: ConvertedPriceModel | null;

  @Field({
    description: 'True when the centre has a price but no stored rate converts it: said, never guessed.',
  })
  rateMissing!: boolean;
}
