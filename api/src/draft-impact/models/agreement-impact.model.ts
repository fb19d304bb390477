import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { DraftPricedModel } from './draft-priced.model.js';

@ObjectType('AgreementImpact', {
  implements: () => [DraftPricedModel],
  description:
    "What a draft catalogue would do to one agreement's renewal: the renewal (a new contract of the last term's contractYears starting on endDate + 1) priced under the published version that would otherwise be in force then, under the draft, and the difference. Amounts exclude VAT.",
})
export class AgreementImpactModel extends DraftPricedModel {
  @Field(() => ID)
  agreementId!: string;

  @Field({ description: 'Human reference of the agreement, e.g. "SA-DK-2027-0042-A".' })
  reference!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field()
  agencyName!: string;

  @Field(() => DateScalar, { description: "The agreement's last day." })
  endDate!: string;

  @Field(() => DateScalar, { description: 'The first day of the renewal: endDate + 1.' })
  renewalDate!: string;

  @Field(() => Int, { description: 'Contract years of the renewal (as many as the last term).' })
  contractYears!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Number of the published version in force on the renewal date without the draft (its "before"); null when none is.',
  })
  catalogueVersion!: number | null;

  @Field({
    description: "Currency of the renewal's price without the draft (else of the agreement's last term).",
  })
  currency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The renewal's first-year total under the version otherwise in force; null when it cannot be priced there.",
  })
  firstYearBefore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The renewal's contract total under the version otherwise in force; null when it cannot be priced there.",
  })
  contractTotalBefore!: string | null;
}
