import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/paging.js';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import type { BenchmarkFigureEntity } from '../benchmark-figure.entity.js';
import type { BenchmarkKpi } from '../benchmark-kpi.js';
import { BenchmarkKpiEnum } from './benchmark-kpi.enum.js';

@ObjectType('BenchmarkFigure', {
  description:
    "A centre's published unit cost for one year, e.g. DFØ's cost per payslip in 2024: NOK 11. One per (provider, year, KPI).",
})
export class BenchmarkFigureModel {
  @Field(() => ID, { description: 'Id of the figure.' })
  id!: string;

  @Field({ description: 'Code of the provider (shared service centre) the figure is for, e.g. "DFO-NO".' })
  providerCode!: string;

  @Field(() => Int, { description: 'The calendar year the figure is for.' })
  year!: number;

  @Field(() => BenchmarkKpiEnum, { description: 'What the figure measures.' })
  kpi!: BenchmarkKpi;

  @Field(() => DecimalScalar, {
    description: 'The unit cost, an exact decimal greater than 0 as recorded (e.g. "3.8"), excluding VAT.',
  })
  value!: string;

  @Field({ description: 'ISO 4217 currency of the value: the provider\'s currency, e.g. "NOK".' })
  currency!: string;

  @Field({ description: 'Where the figure was published, e.g. "DFØ annual report 2024".' })
  source!: string;

  @Field(() => Int, {
    description: 'Increases with every change (optimistic locking: pass it as expectedVersion).',
  })
  version!: number;

  static from(entity: BenchmarkFigureEntity): BenchmarkFigureModel {
    const { id, providerCode, year, kpi, value, currency, source, version } = entity;
    return Object.assign(new BenchmarkFigureModel(), {
      id,
      providerCode,
      year,
      kpi,
      value,
      currency,
      source,
      version,
    });
  }
}

export const BenchmarkFigureConnection = Connection(BenchmarkFigureModel, 'BenchmarkFigure');
