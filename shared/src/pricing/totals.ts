/**
 * DESIGN pricing rule 3: year totals and headline totals, as sums of the already rounded line
 * amounts (nothing is rounded again), kept in the currency's minor units.
 */
import { Decimal } from '../money/decimal.js';
import type { PricedLines } from './lines.js';
import type { PriceTotals, YearTotal } from './types.js';

const MONTHS_PER_YEAR = 12n;

/** Line amounts gathered per contract year, in minor units. */
interface YearSums {
  /** ONE_TIME amounts by year (index 0 = year 1). */
  oneTime: bigint[];
  /**
   * Recurring amounts as changes: a line adds its amount in its firstYear and takes it away after
   * its lastYear, so a running sum gives each year's amount with one addition per line, not per year.
   */
  monthlyChange: bigint[];
  yearlyChange: bigint[];
}

/** The years 1..N and the totals of a configuration's priced lines. */
export function sumYears(
  priced: PricedLines,
  contractYears: number,
  minorDigits: number,
): { years: YearTotal[]; totals: PriceTotals } {
  const sums = gather(priced, contractYears);
  const years: YearTotal[] = [];
  let monthlyRunning = 0n;
  let yearlyRunning = 0n;
  let contractTotal = 0n;
  for (let i = 0; i < contractYears; i++) {
    monthlyRunning += sums.monthlyChange[i];
    yearlyRunning += sums.yearlyChange[i];
    // Monthly lines count 12 times a year; multiplied once per year, on the sum.
    const recurring = monthlyRunning * MONTHS_PER_YEAR + yearlyRunning;
    const total = sums.oneTime[i] + recurring;
    contractTotal += total;
    years.push({
      year: i + 1,
      oneTime: amountText(sums.oneTime[i], minorDigits),
      recurring: amountText(recurring, minorDigits),
      total: amountText(total, minorDigits),
    });
  }
  // Only lines starting in year 1 add to year 1's change (the others add later, and endings subtract
  // later), so it is the sum of MONTHLY lines that start in year 1: DESIGN's `monthly`.
  const monthly = amountText(sums.monthlyChange[0], minorDigits);
  return {
    years,
    totals: { monthly, firstYear: years[0].total, contractTotal: amountText(contractTotal, minorDigits) },
  };
}

function gather({ lines, minorUnits }: PricedLines, contractYears: number): YearSums {
  const sums: YearSums = {
    oneTime: new Array<bigint>(contractYears).fill(0n),
    monthlyChange: new Array<bigint>(contractYears + 1).fill(0n),
    yearlyChange: new Array<bigint>(contractYears + 1).fill(0n),
  };
  for (let i = 0; i < lines.length; i++) {
    const { period, firstYear, lastYear } = lines[i];
    const amount = minorUnits[i];
    if (period === 'ONE_TIME') {
      sums.oneTime[firstYear - 1] += amount;
      continue;
    }
    const change = period === 'MONTHLY' ? sums.monthlyChange : sums.yearlyChange;
    change[firstYear - 1] += amount;
    if (lastYear < contractYears) change[lastYear] -= amount;
  }
  return sums;
}

function amountText(minorUnits: bigint, minorDigits: number): string {
  return Decimal.fromUnits(minorUnits, minorDigits).toString();
}
