import { describe, expect, it } from 'vitest';
import { chartScale, defaultUsageRange, monthDifference, usageCsv } from './usage';

describe('agreement usage helpers', () => {
  it('starts at the start month and shows at most 120 months', () => {
    expect(defaultUsageRange('2026-12-07', '2028-12-06')).toEqual({ from: '2026-12', to: '2028-12' });
    expect(defaultUsageRange('2027-01-01', '2040-12-31')).toEqual({ from: '2027-01', to: '2036-12' });
  });

  it('computes the difference exactly, and 0 for a month without actuals', () => {
    expect(
      monthDifference({ month: '2027-01', forecastAmount: '0.3', actualAmount: '0.1', engineVersion: '1' }),
    ).toBe('-0.2');
    expect(
      monthDifference({
        month: '2027-01',
        forecastAmount: '31420.00',
        actualAmount: '31500.10',
        engineVersion: '1',
      }),
    ).toBe('80.10');
    expect(
      monthDifference({ month: '2027-02', forecastAmount: '100', actualAmount: null, engineVersion: '1' }),
    ).toBe('0');
  });

  it('writes the usage as a semicolon CSV with the exact figures and an empty actual where none was recorded', () => {
    const csv = usageCsv([
      { month: '2027-01', forecastAmount: '31420.00', actualAmount: '31500.10', engineVersion: '2.1.0' },
      { month: '2027-02', forecastAmount: '31420.00', actualAmount: null, engineVersion: '2.1.0' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'month;forecastAmount;actualAmount;difference;engineVersion',
      '2027-01;31420.00;31500.10;80.10;2.1.0',
      '2027-02;31420.00;;0;2.1.0',
      '',
    ]);
  });

  it('scales the chart to the largest forecast or actual amount', () => {
    expect(
      chartScale([
        { month: '2027-01', forecastAmount: '100.5', actualAmount: '250.25', engineVersion: '1' },
        { month: '2027-02', forecastAmount: '200', actualAmount: null, engineVersion: '1' },
      ]),
    ).toBe(250.25);
    expect(chartScale([])).toBe(0);
  });
});
