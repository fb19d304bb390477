import { Decimal } from '@servicekatalog/shared';

/** One figure of each configuration in a row, compared exactly (decimal strings, no floats). */
export interface ComparedCell {
  amount: string;
  /** This is the row's lowest figure (every configuration sharing it is lowest). */
  lowest: boolean;
  /** How much more than the lowest, as a plain decimal; null for the lowest. */
  aboveLowest: string | null;
}

/** Marks the lowest figure of a row and how far each other one is above it. Null amounts stay null. */
export function compareRow(
  amounts: ReadonlyArray<string | null>,
  minorDigits: number,
): Array<ComparedCell | null> {
  const values = amounts.map((amount) => (amount === null ? null : Decimal.parse(amount)));
  let lowest: Decimal | null = null;
  for (const value of values) if (value !== null && (lowest === null || value.lt(lowest))) lowest = value;
  const distinct = new Set(
    values.filter((value) => value !== null).map((value) => value.normalize().toString()),
  );
  return values.map((value, i) => {
    if (value === null || lowest === null) return null;
    const isLowest = value.eq(lowest);
    return {
      amount: amounts[i] as string,
      // With all figures equal there is no "lowest" worth pointing out.
      lowest: isLowest && distinct.size > 1,
      aboveLowest: isLowest ? null : value.minus(lowest).format(minorDigits),
    };
  });
}
