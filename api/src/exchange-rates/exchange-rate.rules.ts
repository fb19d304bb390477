import {
  CURRENCY_MINOR_DIGITS,
  Decimal,
  describeDecimalProblem,
  exchangeRateProblem,
  isCalendarDate,
} from '@servicekatalog/shared';
import { BadUserInputError } from '../common/errors/domain-error.js';
import type { ExchangeRateEntity } from './exchange-rate.entity.js';

/**
 * The rules of an exchange rate's fields, as pure functions; each broken rule is BAD_USER_INPUT at
 * its input path ("input.rate"). The source's length and characters are checked by @TextField.
 */

export const EXCHANGE_RATE_ENTITY = 'ExchangeRate';

export interface ExchangeRateFields {
  date: string;
  from: string;
  to: string;
  rate: string;
  source: string;
}

export function checkExchangeRateFields(fields: ExchangeRateFields): ExchangeRateFields {
  if (!isCalendarDate(fields.date))
    throw new BadUserInputError('date must be a calendar date "YYYY-MM-DD".', 'input.date');
  const from = checkCurrency(fields.from, 'input.from');
  const to = checkCurrency(fields.to, 'input.to');
  // A currency into itself is always 1 (DESIGN): a stored rate could only contradict that.
  if (from === to) throw new BadUserInputError('from and to must be different currencies.', 'input.to');
  const problem = exchangeRateProblem(fields.rate);
  if (problem !== null) {
    const rest = problem.code === 'ZERO' ? 'must be greater than 0' : describeDecimalProblem(problem);
    throw new BadUserInputError(`rate ${rest}.`, 'input.rate');
  }
  const source = fields.source.trim();
  if (source === '')
    throw new BadUserInputError('source must say where the rate comes from.', 'input.source');
  // Kept as written ("0.0862"), without leading zeros: the figure the administrator typed is the one shown.
  return { date: fields.date, from, to, rate: Decimal.parse(fields.rate).toString(), source };
}

/** A currency the catalogue knows; else BAD_USER_INPUT at `field` ("input.from", "from[1]"). */
export function checkCurrency(code: string, field: string): string {
  if (!Object.hasOwn(CURRENCY_MINOR_DIGITS, code))
    throw new BadUserInputError(
      `${field.replace(/^input\./, '')} must be one of ${Object.keys(CURRENCY_MINOR_DIGITS).join(', ')}.`,
      field,
    );
  return code;
}

/** What the audit trail keeps of a rate. */
export function exchangeRateSnapshot(rate: ExchangeRateEntity): Record<string, unknown> {
  const { id, date, from, to, source, version } = rate;
  return { id, date, from, to, rate: rate.rate, source, version };
}
