import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@InputType('VolumeInput', { description: 'A quantity of one volume driver, e.g. 600 payslips per month.' })
export class VolumeInput {
  @Field({ description: 'Code of the volume driver, e.g. "PAYSLIPS".' })
  driverCode!: string;

  @Field(() => DecimalScalar, {
    description:
      'The quantity as a decimal string ("600", "7.5"): not negative, at most 6 decimals, whole for drivers that count whole units. A JSON number is refused.',
  })
  quantity!: string;
}
