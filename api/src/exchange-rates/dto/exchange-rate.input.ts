import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { CURRENCY_MINOR_DIGITS } from '@servicekatalog/shared';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { TextField } from '../../common/validation/text-field.decorator.js';

/*
 * Shapes only: the rules (known currencies, from ≠ to, rate > 0 with at most 10 decimals, one rate
 * per direction and day) live in exchange-rate.rules.ts and report each field at its input path.
 */

const CURRENCY = 'ISO 4217 code the catalogue knows: DKK, NOK, SEK, EUR, ISK, GBP, USD or CHF.';
const RATE =
  'How many `to` one `from` is worth: a decimal string greater than 0 with at most 10 decimals and 8 digits before the point, e.g. "0.0862". A JSON number is refused.';
const SOURCE = 'Where the rate comes from, 1 to 500 characters, e.g. "Norges Bank, 2026-12-01".';
const DUPLICATE =
  'One rate per direction and day: another is BAD_USER_INPUT on input.date (extensions.reason DUPLICATE).';

@InputType('RecordExchangeRateInput', { description: `A new exchange rate. ${DUPLICATE}` })
export class RecordExchangeRateInput {
  @Field(() => DateScalar, { description: 'The day the rate is for.' })
  date!: string;

  @Field({ description: `Currency converted from. ${CURRENCY}` })
  @IsString()
  @MaxLength(3)
  from!: string;

  @Field({ description: `Currency converted into. ${CURRENCY}` })
  @IsString()
  @MaxLength(3)
  to!: string;

  @Field(() => DecimalScalar, { description: RATE })
  @IsString()
  rate!: string;

  @Field({ description: SOURCE })
  @TextField('source')
  source!: string;
}

@InputType('UpdateExchangeRateInput', {
  description: `Changes to an exchange rate; fields left out (or null) stay as they are. ${DUPLICATE}`,
})
export class UpdateExchangeRateInput {
  @Field(() => DateScalar, { nullable: true, description: 'The day the rate is for.' })
  @IsOptional()
  date?: string | null;

  @Field(() => String, { nullable: true, description: `Currency converted from. ${CURRENCY}` })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  from?: string | null;

  @Field(() => String, { nullable: true, description: `Currency converted into. ${CURRENCY}` })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  to?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: RATE })
  @IsOptional()
  @IsString()
  rate?: string | null;

  @Field(() => String, { nullable: true, description: SOURCE })
  @IsOptional()
  @TextField('source')
  source?: string | null;
}

@ArgsType()
export class ExchangeRatesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only rates from this currency, e.g. "NOK".' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only rates into this currency, e.g. "EUR".' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  to?: string | null;
}

@ArgsType()
export class ExchangeRatesInUseArgs {
  @Field(() => [String], {
    description: `Currencies converted from, e.g. ["DKK", "NOK"]; each once is enough (repeats are answered once). ${CURRENCY}`,
  })
  @ArrayMaxSize(Object.keys(CURRENCY_MINOR_DIGITS).length)
  @IsString({ each: true })
  @MaxLength(3, { each: true })
  from!: string[];

  @Field({ description: `Currency converted into. ${CURRENCY}` })
  @IsString()
  @MaxLength(3)
  to!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day: the latest rate on or before it is used. Default: today (UTC).',
  })
  @IsOptional()
  at?: string | null;
}
