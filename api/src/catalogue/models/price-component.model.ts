import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('PriceTier', { description: 'One tier of a GRADUATED or VOLUME price component.' })
export class PriceTierModel {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Inclusive upper bound of the tier; null: no limit (the last tier).',
  })
  upTo!: string | null;

  @Field(() => DecimalScalar, { description: 'Price per unit in the tier.' })
  unitPrice!: string;

  @Field(() => DecimalScalar, { description: 'Fee added once when the tier is used ("0" when none).' })
  flatFee!: string;
}

@ObjectType('PriceComponent', {
  description: 'One way a service is charged: a fee, a unit price or tiers, per period.',
})
export class PriceComponentModel {
  /** Internal ids for loading the tiers. */
  id!: string;
  catalogueVersionId!: string;

  @Field({
    description: 'FLAT (a fixed amount), PER_UNIT (unitPrice × quantity), GRADUATED or VOLUME (tiers).',
  })
  model!: string;

  @Field({ description: 'ONE_TIME, MONTHLY or YEARLY: how often the line is charged.' })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the volume driver the price is multiplied by; null for FLAT.',
  })
  driverCode!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The fixed amount of a FLAT component; null otherwise.',
  })
  amount!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Price per unit of a PER_UNIT component; null otherwise.',
  })
  unitPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The least the line costs whenever it exists; null: no minimum.',
  })
  minimumCharge!: string | null;

  @Field(() => Int, { description: 'First contract year the component applies to (1 = from the start).' })
  fromYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Last contract year the component applies to; null: no end.',
  })
  toYear!: number | null;

  @Field(() => GraphQLJSON, { description: 'Every translation of the label: language code → text.' })
  labelTranslations!: LocalizedText;

  @Field(() => [PriceTierModel], {
    description: 'Tiers of a GRADUATED or VOLUME component, by ascending upTo; empty for FLAT and PER_UNIT.',
  })
  tiers!: PriceTierModel[];
}
