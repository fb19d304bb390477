import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('AppliedExchangeRate', {
  description:
    'The rate a converted figure used: 1 `from` = `rate` `to`. For a currency into itself, 1 with no date or source.',
})
export class AppliedExchangeRateModel {
  @Field(() => String, {
    nullable: true,
    description: 'Id of the stored rate; null for a currency into itself.',
  })
  id!: string | null;

  @Field() from!: string;

  @Field() to!: string;

  @Field(() => DecimalScalar, { description: 'The rate as stored.' })
  rate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day of the rate: the latest on or before the asked date.',
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the rate comes from; demo rates say so.' })
  source!: string | null;
}
