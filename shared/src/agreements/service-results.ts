/**
 * Service results (DESIGN "Service results"): a measured value is compared with the target of the
 * term in force that month. For times and deadlines less is better; for everything else
 * (availability and other percentages) more is better.
 */
import { Decimal } from '../money/decimal.js';

/** Units where a value at or below the target meets it. */
export const LOWER_IS_BETTER_UNITS: readonly string[] = ['WORKING_DAYS', 'HOURS', 'DAY_OF_MONTH'];

/** True when `value` meets `target` for a target measured in `unit`. */
export function targetMet(unit: string, target: string, value: string): boolean {
  const measured = Decimal.parse(value);
  const goal = Decimal.parse(target);
  return LOWER_IS_BETTER_UNITS.includes(unit) ? measured.lte(goal) : measured.gte(goal);
}
