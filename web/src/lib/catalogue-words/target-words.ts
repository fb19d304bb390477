import type { TFunction } from 'i18next';
import type { Formatters } from '../format';

const KNOWN_UNITS = new Set([
  'WORKING_DAYS',
  'HOURS',
  'PERCENT',
  'DAY_OF_MONTH',
  'TIMES_PER_WEEK',
  'TIMES_PER_YEAR',
]);

/** A service-level target's promised value in words: "2 working days", "99.5%", "day 15". */
export function describeTargetValue(
  target: { value: string; unit: string },
  t: TFunction,
  format: Formatters,
): string {
  if (target.unit === 'PERCENT') return format.percent(target.value);
  const value = format.quantity(target.value);
  if (!KNOWN_UNITS.has(target.unit)) return t('target.other', { value, unit: target.unit });
  // The plural form follows the number; the number itself is shown formatted for the locale.
  return t(`target.${target.unit}`, { value, count: Number(target.value) });
}
