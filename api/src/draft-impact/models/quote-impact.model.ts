import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { DraftPricedModel } from './draft-priced.model.js';

@ObjectType('QuoteImpact', {
  implements: () => [DraftPricedModel],
  description:
    'What a draft catalogue would do to one open quote (DRAFT or SUBMITTED): its totals as offered, re-priced against the draft, and the difference. Amounts exclude VAT.',
})
export class QuoteImpactModel extends DraftPricedModel {
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

  @Field(() => DecimalScalar, { description: 'First-year total as offered.' })
  firstYearBefore!: string;

  @Field(() => DecimalScalar, { description: 'Contract total as offered.' })
  contractTotalBefore!: string;
}
