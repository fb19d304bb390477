import { describe, expect, it } from 'vitest';
import type { AppliedRate } from '@servicekatalog/shared';
import type { ComparedConfiguration } from './compared';
import { convertConfiguration, convertFigure, currenciesToConvert } from './conversion';

const rate = (from: string, to: string, value: string): AppliedRate => ({
  id: `${from}-${to}`,
  date: '2026-01-01',
  from,
  to,
  rate: value,
  source: 'Demo rate — illustrative',
});
const RATES = [rate('NOK', 'EUR', '0.085106'), rate('DKK', 'EUR', '0.134'), rate('EUR', 'ISK', '145.5')];

describe('converted figures of the comparison (DESIGN "Centres side by side")', () => {
  it.each([
    // amount × rate, exact, rounded half up once to the target's minor unit
    ['307000.00', 'NOK', 'EUR', '26127.54'],
    ['11799.00', 'DKK', 'EUR', '1581.07'],
    ['0.05', 'NOK', 'EUR', '0.00'],
    ['1234.50', 'EUR', 'ISK', '179620'],
    ['1234.50', 'EUR', 'EUR', '1234.50'],
  ])('%s %s in %s is %s, naming the rate', (amount, from, to, expected) => {
    const converted = convertFigure(amount, from, to, RATES);
    expect(converted).toEqual({
      amount: expected,
      rate:
        from === to
          ? expect.objectContaining({ rate: '1', date: null, source: null })
          : RATES.find((r) => r.from === from),
    });
  });

  it('says a missing rate instead of guessing: no inverse, no cross rate, never 0', () => {
    // EUR → ISK is known; ISK → EUR is not its inverse, and NOK → ISK is no cross rate through EUR.
    expect(convertFigure('131774', 'ISK', 'EUR', RATES)).toEqual({ missing: true, from: 'ISK', to: 'EUR' });
    expect(convertFigure('100.00', 'NOK', 'ISK', RATES)).toEqual({ missing: true, from: 'NOK', to: 'ISK' });
    expect(convertFigure(null, 'NOK', 'EUR', RATES)).toBeNull();
  });

  it('converts each figure of a configuration from its own exact figure, rounded once', () => {
    const compared = {
      totals: { monthly: '0.30', firstYear: '3.60', contractTotal: '7.20' },
      years: [
        { year: 1, oneTime: '0.00', recurring: '3.60', total: '3.60' },
        { year: 2, oneTime: '0.00', recurring: '3.60', total: '3.60' },
      ],
    } as unknown as ComparedConfiguration;
    const converted = convertConfiguration(compared, 'NOK', 'EUR', [rate('NOK', 'EUR', '0.0125')]);
    // 3.60 × 0.0125 = 0.045 → 0.05 a year, but 7.20 × 0.0125 = 0.09 for the contract — not 0.05 + 0.05.
    expect(converted.monthly).toMatchObject({ amount: '0.00' });
    expect(converted.firstYear).toMatchObject({ amount: '0.05' });
    expect(converted.contractTotal).toMatchObject({ amount: '0.09' });
    expect(converted.years.map((year) => (year && 'amount' in year ? year.amount : null))).toEqual([
      '0.05',
      '0.05',
    ]);
  });

  it('asks for each other currency once', () => {
    expect(currenciesToConvert(['NOK', 'DKK', 'NOK', 'EUR'], 'EUR')).toEqual(['DKK', 'NOK']);
  });
});
