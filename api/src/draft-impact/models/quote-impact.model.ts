import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { ConfigurationProblemModel } from '../../catalogue/models/configuration-problem.model.js';

@ObjectType('QuoteImpact', {
  description:
    'What a draft catalogue would do to one open quote (DRAFT or SUBMITTED): its totals as offered, re-priced against the draft, and the difference. Amounts exclude VAT.',
})
export class QuoteImpactModel {
  @Field(() => ID)
  quoteId!: string;

  @Field({ description: 'Human reference of the quote, e.g. "SA-DK-2027-0042".' })
  reference!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  name!: string;

  @Field({ description: 'DRAFT or SUBMITTED.' })
  status!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field()
  agencyName!: string;

  @Field(() => Int, {
    description: 'Number of the catalogue version the quote is priced against (its "before").',
  })
  catalogueVersion!: number;

  @Field({ description: 'Currency of the quote as offered.' })
  currency!: string;

  @Field({
    description: "Currency of the draft; when it differs from the quote's, no difference is computed.",
  })
  draftCurrency!: string;

  @Field(() => DecimalScalar, { description: 'First-year total as offered.' })
  firstYearBefore!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'First-year total against the draft; null when the quote cannot be priced against it.',
  })
  firstYearAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'firstYearAfter − firstYearBefore; null when either is missing or the currencies differ.',
  })
  firstYearDifference!: string | null;

  @Field(() => DecimalScalar, { description: 'Contract total as offered.' })
  contractTotalBefore!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Contract total against the draft; null when the quote cannot be priced against it.',
  })
  contractTotalAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'contractTotalAfter − contractTotalBefore; null when either is missing or the currencies differ.',
  })
  contractTotalDifference!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the configuration is valid (no ERROR issue) against the draft; null when it cannot be priced.',
  })
  validAfter!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the quote cannot be priced against the draft (e.g. a service it uses was removed); null when it can.',
  })
  problem!: string | null;

  @Field(() => [ConfigurationProblemModel], {
    description:
      'Every reason the quote cannot be priced against the draft, with codes for wording them; empty when it can.',
  })
  problems!: ConfigurationProblemModel[];
}
