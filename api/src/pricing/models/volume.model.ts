import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';

/** The output twin of VolumeInput. */
@ObjectType('Volume', { description: 'A quantity of one volume driver, e.g. 600 payslips per month.' })
export class VolumeModel {
  @Field({ description: 'Code of the volume driver, e.g. "PAYSLIPS".' })
  driverCode!: string;

  @Field(() => DecimalScalar, { description: 'The quantity, as given.' })
  quantity!: string;
}
