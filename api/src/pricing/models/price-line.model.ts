import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('PriceTierSlice', {
  description:
    'The share of one tier in a GRADUATED line (every tier that holds units), or the one tier that priced a VOLUME line.',
})
export class PriceTierSliceModel {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The tier's inclusive upper bound as in the catalogue; null: no limit.",
  })
  upTo!: string | null;

  @Field(() => DecimalScalar, { description: 'Price per unit in the tier.' })
  unitPrice!: string;

  @Field(() => DecimalScalar, {
    description: 'The tier\'s flat fee, charged once because the tier holds units ("0" when none).',
  })
  flatFee!: string;

  @Field(() => DecimalScalar, { description: 'Units priced in this tier.' })
  quantity!: string;

  @Field(() => DecimalScalar, { description: 'quantity × unitPrice + flatFee, exact (not rounded).' })
  amount!: string;
}

/**
 * One priced line: one price component of one selected service. `componentLabel(locale)` is
 * resolved by PriceLineResolver from `label`, like the catalogue's localized texts.
 */
@ObjectType('PriceLine', {
  description:
    'One priced line: one price component of one selected service, with how its amount came about.',
})
export class PriceLineModel {
  @Field({ description: 'Code of the service the line belongs to.' })
  serviceCode!: string;

  @Field(() => Int, {
    description: "Position of the price component in the service's priceComponents (0-based).",
  })
  componentIndex!: number;

  @Field(() => GraphQLJSON, {
    name: 'componentLabelTranslations',
    description: 'Every translation of the component label: language code → text.',
  })
  label!: LocalizedText;

  @Field({ description: 'FLAT, PER_UNIT, GRADUATED or VOLUME.' })
  model!: string;

  @Field({ description: 'ONE_TIME, MONTHLY or YEARLY: how often the amount is charged.' })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the volume driver the line is counted in; null for FLAT.',
  })
  driverCode!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The volume given for the driver (normalized); null for FLAT.',
  })
  quantity!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'max(0, quantity − includedQuantity): the units that are charged; null for FLAT.',
  })
  billableQuantity!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Units of the driver included in the service package price for this service; null when none.',
  })
  includedQuantity!: string | null;

  @Field(() => DecimalScalar, {
    description:
      "The line's amount per period, rounded half up to the currency's minor unit (the only rounding).",
  })
  amount!: string;

  @Field(() => Int, { description: 'First contract year the line is charged in.' })
  firstYear!: number;

  @Field(() => Int, {
    description: 'Last contract year the line is charged in (= firstYear for ONE_TIME lines).',
  })
  lastYear!: number;

  @Field(() => DecimalScalar, {
    description: "The price model's result before minimum, discount and surcharge; exact, not rounded.",
  })
  base!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The component's minimum charge; null when it has none.",
  })
  minimumCharge!: string | null;

  @Field({ description: 'True when the minimum charge exceeded the base and replaced it.' })
  minimumApplied!: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The service package discount applied to the line (recurring lines of package items); null when none applied.',
  })
  discountPercent!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The service level surcharge applied to the line (recurring lines under a service level); null when none applied.',
  })
  surchargePercent!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'PER_UNIT: the unit price; VOLUME: the unit price of the tier that priced the line; otherwise null.',
  })
  unitPrice!: string | null;

  @Field(() => [PriceTierSliceModel], {
    nullable: true,
    description:
      'GRADUATED: each tier that holds units; VOLUME: the tier that priced the line; FLAT and PER_UNIT: null.',
  })
  tiers!: PriceTierSliceModel[] | null;
}
