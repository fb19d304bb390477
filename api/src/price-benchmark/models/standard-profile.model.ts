import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { BenchmarkKindEnum, StandardMeasureEnum } from './benchmark-enums.js';

@ObjectType('StandardVolume', { description: 'A monthly quantity of one standard measure.' })
export class StandardVolumeModel {
  @Field(() => StandardMeasureEnum)
  measure!: StandardMeasureEnum;

  @Field(() => DecimalScalar, { description: 'How many a month.' })
  quantity!: string;
}

@ObjectType('StandardProfile', {
  description:
    'A ready-made agency for the price benchmark, in monthly quantities: pass its kind and volumes as StandardProfileInput.',
})
export class StandardProfileModel {
  @Field({ description: 'Stable code, e.g. "MEDIUM_BOTH"; clients word its name.' })
  code!: string;

  @Field(() => BenchmarkKindEnum)
  kind!: BenchmarkKindEnum;

  @Field(() => [StandardVolumeModel])
  volumes!: StandardVolumeModel[];
}
