import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  BENCHMARK_KINDS,
  STANDARD_MEASURES,
  type BenchmarkKind,
  type StandardMeasure,
} from '@servicekatalog/shared';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { BenchmarkKindEnum, StandardMeasureEnum } from '../models/benchmark-enums.js';

@InputType('StandardVolumeInput', { description: 'A monthly quantity of one standard measure.' })
export class StandardVolumeInput {
  @Field(() => StandardMeasureEnum, { description: 'What is counted.' })
  @IsIn(STANDARD_MEASURES)
  measure!: StandardMeasure;

  @Field(() => DecimalScalar, {
    description:
      'How many a month, a whole number as a decimal string, e.g. "540". A page asking in yearly figures divides by 12 and rounds before sending.',
  })
  @IsString()
  quantity!: string;
}

@InputType('StandardProfileInput', {
  description: 'What an agency buys, in monthly quantities per standard measure; each measure at most once.',
})
export class StandardProfileInput {
  @Field(() => BenchmarkKindEnum, {
    description: "Payroll, accounting or both: picks each centre's package.",
  })
  @IsIn(BENCHMARK_KINDS)
  kind!: BenchmarkKind;

  @Field(() => [StandardVolumeInput], { description: 'At most one volume per standard measure.' })
  @ArrayMaxSize(STANDARD_MEASURES.length)
  @ValidateNested({ each: true })
  @Type(() => StandardVolumeInput)
  volumes!: StandardVolumeInput[];
}

@ArgsType()
export class PriceBenchmarkArgs {
  @Field(() => StandardProfileInput, { description: 'The agency to price at every centre.' })
  @ValidateNested()
  @Type(() => StandardProfileInput)
  profile!: StandardProfileInput;

  @Field({ description: 'ISO 4217 currency to convert every total into, e.g. "EUR".' })
  @IsString()
  @MaxLength(3)
  currency!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day: the catalogues in force then, and the latest rate on or before it. Default: today (UTC).',
  })
  @IsOptional()
  at?: string | null;
}
