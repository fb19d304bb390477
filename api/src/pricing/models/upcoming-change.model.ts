import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/scalars.js';

@ObjectType('UpcomingChange', {
  description:
    'A catalogue version that comes into force during the contract. The contract keeps its prices; a later price list applies only through an amendment or renewal.',
})
export class UpcomingChangeModel {
  @Field(() => Int, { description: 'Number of the version that comes into force.' })
  catalogueVersion!: number;

  @Field(() => DateScalar, { description: 'The day it comes into force.' })
  validFrom!: string;
}
