import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { ConfigurationProblemModel } from '../../catalogue/models/configuration-problem.model.js';

@ObjectType('AgreementImpact', {
  description:
    "What a draft catalogue would do to one agreement's renewal: the renewal (a new contract of the last term's contractYears starting on endDate + 1) priced under the published version that would otherwise be in force then, under the draft, and the difference. Amounts exclude VAT.",
})
export class AgreementImpactModel {
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

  @Field({
    description: 'Currency of the draft; when it differs from `currency`, no difference is computed.',
  })
  draftCurrency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The renewal's first-year total under the version otherwise in force; null when it cannot be priced there.",
  })
  firstYearBefore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The renewal's first-year total under the draft; null when it cannot be priced against it.",
  })
  firstYearAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'firstYearAfter − firstYearBefore; null when either is missing or the currencies differ.',
  })
  firstYearDifference!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The renewal's contract total under the version otherwise in force; null when it cannot be priced there.",
  })
  contractTotalBefore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The renewal's contract total under the draft; null when it cannot be priced against it.",
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
      'Whether the renewal is valid (no ERROR issue) against the draft; null when it cannot be priced.',
  })
  validAfter!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the renewal cannot be priced against the draft (e.g. a service it uses was removed); null when it can.',
  })
  problem!: string | null;

  @Field(() => [ConfigurationProblemModel], {
    description:
      'Every reason the renewal cannot be priced against the draft, with codes for wording them; empty when it can.',
  })
  problems!: ConfigurationProblemModel[];
}
