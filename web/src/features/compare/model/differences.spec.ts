import { describe, expect, it } from 'vitest';
import { compareRow } from './differences';

describe('differences between configurations', () => {
  it('marks the lowest figure and how far the others are above it, exactly', () => {
    expect(compareRow(['1000.10', '999.99', '1500.00'], 2)).toEqual([
      { amount: '1000.10', lowest: false, aboveLowest: '0.11' },
      { amount: '999.99', lowest: true, aboveLowest: null },
      { amount: '1500.00', lowest: false, aboveLowest: '500.01' },
    ]);
  });

  it('marks every configuration sharing the lowest figure, and none when all are equal', () => {
    expect(compareRow(['5.00', '5.00', '6.00'], 2).map((cell) => cell?.lowest)).toEqual([true, true, false]);
    expect(compareRow(['5.00', '5.00'], 2).map((cell) => cell?.lowest)).toEqual([false, false]);
  });

  it('skips configurations without the figure (a shorter contract) and keeps ISK whole', () => {
    expect(compareRow(['150000', null, '120000'], 0)).toEqual([
      { amount: '150000', lowest: false, aboveLowest: '30000' },
      null,
      { amount: '120000', lowest: true, aboveLowest: null },
    ]);
  });
});
