import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { BENCHMARK_KPIS, type BenchmarkKpi } from '../benchmark-kpi.js';
import { BenchmarkKpiEnum } from '../models/benchmark-kpi.enum.js';

/*
 * Shapes only: the rules (year range, value > 0, source, currency, one figure per provider, year
 * and KPI) live in benchmark-figure.rules.ts and report every field at its input path, e.g. "input.value".
 */

const YEAR = 'The calendar year the figure is for, from 2000 to next year.';
const VALUE =
  'The unit cost as a decimal string greater than 0 with at most 6 decimals, e.g. "14" or "0.2". A JSON number is refused.';
const SOURCE = 'Where the figure was published, 1 to 500 characters, e.g. "DFØ annual report 2024".';
const CURRENCY =
  "ISO 4217 currency: may be left out, and when given must be the provider's currency (that of its catalogue in force, else its country's), else BAD_USER_INPUT on input.currency.";
const DUPLICATE =
  'A provider has at most one figure per year and KPI: another one is refused with BAD_USER_INPUT on input.year (extensions.reason DUPLICATE); change the existing figure instead.';

@InputType('RecordBenchmarkFigureInput', { description: `A new benchmark figure. ${DUPLICATE}` })
export class RecordBenchmarkFigureInput {
  @Field({ description: 'Code of the provider the figure is for. Account managers: their own centre only.' })
  @IsString()
  @MaxLength(100)
  providerCode!: string;

  @Field(() => Int, { description: YEAR })
  @IsInt()
  year!: number;

  @Field(() => BenchmarkKpiEnum, { description: 'What the figure measures.' })
  @IsIn(BENCHMARK_KPIS)
  kpi!: BenchmarkKpi;

  @Field(() => DecimalScalar, { description: VALUE })
  @IsString()
  value!: string;

  @Field({ description: SOURCE })
  @TextField('source')
  source!: string;

  @Field(() => String, { nullable: true, description: CURRENCY })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  currency?: string | null;
}

@InputType('UpdateBenchmarkFigureInput', {
  description: `Changes to a benchmark figure; fields left out (or null) stay as they are. The provider never changes. ${DUPLICATE}`,
})
export class UpdateBenchmarkFigureInput {
  @Field(() => Int, { nullable: true, description: YEAR })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => BenchmarkKpiEnum, { nullable: true, description: 'What the figure measures.' })
  @IsOptional()
  @IsIn(BENCHMARK_KPIS)
  kpi?: BenchmarkKpi | null;

  @Field(() => DecimalScalar, { nullable: true, description: VALUE })
  @IsOptional()
  @IsString()
  value?: string | null;

  @Field(() => String, { nullable: true, description: SOURCE })
  @IsOptional()
  @TextField('source')
  source?: string | null;

  @Field(() => String, { nullable: true, description: CURRENCY })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  currency?: string | null;
}

@ArgsType()
export class BenchmarkFiguresArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the figures of this provider, e.g. "DFO-NO". An unknown code is BAD_USER_INPUT.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  providerCode?: string | null;

  @Field(() => BenchmarkKpiEnum, { nullable: true, description: 'Only the figures of this KPI.' })
  @IsOptional()
  @IsIn(BENCHMARK_KPIS)
  kpi?: BenchmarkKpi | null;

  @Field(() => Int, { nullable: true, description: 'Only the figures of this year.' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}
