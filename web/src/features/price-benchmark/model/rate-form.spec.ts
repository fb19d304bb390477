import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import { normalizeRate, rateDraftOf, rateFailure, rateProblems } from './rate-form';

const draft = (change: Record<string, string> = {}) => ({
  ...rateDraftOf(null, '2026-12-07'),
  rate: '0.0862',
  source: 'Norges Bank',
  ...change,
});

describe('rateProblems', () => {
  it('accepts a rate with a decimal comma and up to 10 decimals', () => {
    expect(rateProblems(draft({ rate: '0,0862123456' }))).toEqual({});
    expect(normalizeRate(' 0,0862 ')).toBe('0.0862');
  });

  it.each([
    ['rate', { rate: '0' }],
    ['rate', { rate: '0.08621234567' }],
    ['rate', { rate: '123456789' }],
    ['rate', { rate: '1e-3' }],
    ['to', { to: 'NOK' }],
    ['date', { date: '2026-02-30' }],
    ['source', { source: '   ' }],
    ['source', { source: 'x'.repeat(501) }],
  ])('finds the %s wrong in %j', (field, change) => {
    expect(Object.keys(rateProblems(draft(change)))).toEqual([field]);
  });
});

describe('rateFailure', () => {
  const refused = (code: string, extensions: Record<string, unknown> = {}) =>
    new GraphQLRequestError('graphql', [{ message: 'refused', extensions: { code, ...extensions } }]);

  it.each([
    [
      refused('BAD_USER_INPUT', { field: 'input.date', reason: 'DUPLICATE' }),
      { kind: 'field', field: 'date', key: 'priceBenchmark.rates.errors.duplicate' },
    ],
    [
      refused('BAD_USER_INPUT', { field: 'input.rate' }),
      { kind: 'field', field: 'rate', key: 'priceBenchmark.rates.errors.rate' },
    ],
    [
      refused('BAD_USER_INPUT', { field: 'input.from' }),
      { kind: 'field', field: 'from', key: 'priceBenchmark.rates.errors.currency' },
    ],
    [
      refused('CONFLICT', { reason: 'STALE_VERSION' }),
      { kind: 'message', key: 'priceBenchmark.rates.errors.conflict', reload: true },
    ],
    [refused('FORBIDDEN'), { kind: 'message', key: 'priceBenchmark.rates.errors.forbidden', reload: false }],
  ])('words %o at its place', (error, expected) => {
    expect(rateFailure(error, true)).toEqual(expected);
  });

  it('says offline when offline', () => {
    expect(rateFailure(new Error('x'), false)).toEqual({
      kind: 'message',
      key: 'priceBenchmark.rates.errors.offline',
      reload: false,
    });
  });
});
