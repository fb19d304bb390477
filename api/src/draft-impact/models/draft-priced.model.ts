import { Field, InterfaceType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { ConfigurationProblemModel } from '../../catalogue/models/configuration-problem.model.js';

/**
 * What every row of the draft impact says of the draft: a configuration priced against it (or why
 * it cannot be) and the difference from its price before. Each row type adds what "before" is.
 */
@InterfaceType('DraftPriced', {
  description:
    'What every row of the draft impact says of the draft: a configuration priced against it (or why it cannot be) and the difference from its price before.',
})
export abstract class DraftPricedModel {
  @Field({
    description: 'Currency of the draft; when it differs from `currency`, no difference is computed.',
  })
  draftCurrency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'First-year total against the draft; null when it cannot be priced against it.',
  })
  firstYearAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'firstYearAfter − firstYearBefore; null when either is missing or the currencies differ.',
  })
  firstYearDifference!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Contract total against the draft; null when it cannot be priced against it.',
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
      'Why it cannot be priced against the draft (e.g. a service it uses was removed); null when it can.',
  })
  problem!: string | null;

  @Field(() => [ConfigurationProblemModel], {
    description:
      'Every reason it cannot be priced against the draft, with codes for wording them; empty when it can.',
  })
  problems!: ConfigurationProblemModel[];
}
