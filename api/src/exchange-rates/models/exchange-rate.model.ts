import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/paging.js';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import type { ExchangeRateEntity } from '../exchange-rate.entity.js';

@ObjectType('ExchangeRate', {
  description:
    'A stored exchange rate: 1 `from` = `rate` `to`, from `date` on, until a later rate of the same direction. Used only in its own direction (no inverses or cross rates).',
})
export class ExchangeRateModel {
  @Field(() => ID, { description: 'Id of the rate.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day the rate is for.' })
  date!: string;

  @Field({ description: 'ISO 4217 currency converted from, e.g. "NOK".' })
  from!: string;

  @Field({ description: 'ISO 4217 currency converted into, e.g. "EUR".' })
  to!: string;

  @Field(() => DecimalScalar, {
    description: 'How many `to` one `from` is worth, up to 10 decimals, e.g. "0.0862".',
  })
  rate!: string;

  @Field({ description: 'Where the rate comes from; demo rates say so.' })
  source!: string;

  @Field(() => Int, {
    description: 'Increases with every change (optimistic locking: pass it as expectedVersion).',
  })
  version!: number;

  static from(entity: ExchangeRateEntity): ExchangeRateModel {
    const { id, date, from, to, rate, source, version } = entity;
    return Object.assign(new ExchangeRateModel(), { id, date, from, to, rate, source, version });
  }
}

export const ExchangeRateConnection = Connection(ExchangeRateModel, 'ExchangeRate');
