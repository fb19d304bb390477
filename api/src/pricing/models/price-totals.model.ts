import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('YearTotal', { description: 'What one contract year costs.' })
export class YearTotalModel {
  @Field(() => Int, { description: 'Contract year, from 1.' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'One-time lines that fall in this year.' })
  oneTime!: string;

  @Field(() => DecimalScalar, {
    description: 'Recurring lines charged this year: 12 × monthly amounts plus yearly amounts.',
  })
  recurring!: string;

  @Field(() => DecimalScalar, { description: 'oneTime + recurring.' })
  total!: string;
}

@ObjectType('PriceTotals', { description: 'The headline figures of a priced configuration.' })
export class PriceTotalsModel {
  @Field(() => DecimalScalar, {
    description: 'Sum of the MONTHLY lines that start in year 1 ("0.00" when none).',
  })
  monthly!: string;

  @Field(() => DecimalScalar, { description: "Year 1's total." })
  firstYear!: string;

  @Field(() => DecimalScalar, { description: 'Sum of all contract years.' })
  contractTotal!: string;
}
