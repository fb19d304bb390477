import {
  DECIMAL_BOUNDS,
  Decimal,
  decimalTextProblem,
  isCatalogueCode,
  isMonth,
  MAX_VOLUME_ENTRIES,
  monthOf,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import type { EntryProblem } from './agreement.errors.js';
import type { AgreementEntity } from './entities/agreement.entity.js';

/** One reported volume as `recordVolumes` takes it. */
export interface VolumeEntry {
  month: string;
  driverCode: string;
  quantity: string;
}

/** One measured value as `recordServiceResults` takes it; serviceCode null: the whole package. */
export interface ServiceResultEntry {
  month: string;
  metric: string;
  serviceCode?: string | null;
  value: string;
}

/** A service-level target as the term in force promises it. */
export interface TermTarget {
  metric: string;
  serviceCode: string | null;
  value: string;
  unit: string;
}

export const MAX_ENTRIES = MAX_VOLUME_ENTRIES;

/** Problems of the batch as a whole: its size. */
export function batchSizeProblem(count: number): EntryProblem | null {
  if (count < 1) return { path: 'entries', code: 'NO_ENTRIES', message: 'Give at least one entry.' };
  if (count > MAX_ENTRIES)
    return { path: 'entries', code: 'TOO_MANY_ENTRIES', message: `At most ${MAX_ENTRIES} entries per call.` };
  return null;
}

/** The month of an entry: written 'YYYY-MM' and within the agreement's months. */
export function monthProblem(month: unknown, agreement: AgreementEntity, path: string): EntryProblem | null {
  if (!isMonth(month))
    return { path, code: 'BAD_MONTH', message: `${path} must be a month written "YYYY-MM".` };
  if (month < monthOf(agreement.startDate) || month > monthOf(agreement.endDate))
    return {
      path,
      code: 'OUTSIDE_AGREEMENT',
      message: `${month} lies outside the agreement (${agreement.startDate} to ${agreement.endDate}).`,
    };
  return null;
}

/** A quantity of one of the term's drivers: the shared decimal bounds, whole for integer drivers. */
export function volumeProblems(
  entry: VolumeEntry,
  catalogue: PricingCatalogue,
  index: number,
): EntryProblem[] {
  const at = `entries[${index}]`;
  const driver = isCatalogueCode(entry.driverCode) ? catalogue.drivers.get(entry.driverCode) : undefined;
  if (!driver)
    return [
      {
        path: `${at}.driverCode`,
        code: 'UNKNOWN_DRIVER',
        message: `${at}.driverCode is not a driver of the agreement.`,
      },
    ];
  const problem = decimalTextProblem(entry.quantity, DECIMAL_BOUNDS);
  if (problem)
    return [
      {
        path: `${at}.quantity`,
        code: problem.code,
        message: `${at}.quantity must be a plain decimal, not negative, with at most ${DECIMAL_BOUNDS.fractionDigits} decimals.`,
      },
    ];
  if (driver.integer && !Decimal.parse(entry.quantity).isInteger())
    return [
      {
        path: `${at}.quantity`,
        code: 'NOT_WHOLE',
        message: `${at}.quantity must be whole for ${driver.code}.`,
      },
    ];
  return [];
}

/** A measured value of one of the term's targets, within the shared decimal bounds. */
export function resultProblems(
  entry: ServiceResultEntry,
  targets: readonly TermTarget[],
  index: number,
): EntryProblem[] {
  const at = `entries[${index}]`;
  const serviceCode = entry.serviceCode ?? null;
  if (!targets.some((t) => t.metric === entry.metric && t.serviceCode === serviceCode))
    return [
      {
        path: `${at}.metric`,
        code: 'UNKNOWN_TARGET',
        message: `${at} names no target of the agreement's service level.`,
      },
    ];
  const problem = decimalTextProblem(entry.value, DECIMAL_BOUNDS);
  if (problem)
    return [
      {
        path: `${at}.value`,
        code: problem.code,
        message: `${at}.value must be a plain decimal, not negative, with at most ${DECIMAL_BOUNDS.fractionDigits} decimals.`,
      },
    ];
  return [];
}
