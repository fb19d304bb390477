/**
 * Monthly usage of an agreement term (DESIGN "Usage"): what a month's MONTHLY charges come to with
 * the forecast volumes and with the actual ones, priced by the engine of this package against the
 * term's pinned catalogue version. Pure: the caller supplies the compiled catalogue and the volumes.
 */
import { Decimal } from '../money/decimal.js';
import type { PricingCatalogue } from '../pricing/compile.js';
import { priceConfiguration } from '../pricing/engine.js';
import type { ConfigurationInput, PriceBreakdown, VolumeInput } from '../pricing/types.js';

/** One driver of a month: the forecast of the term and the recorded actual (null when none). */
export interface DriverUsage {
  driverCode: string;
  forecast: string;
  actual: string | null;
}

/** A month's usage under one term. */
export interface MonthUsageFigures {
  lines: DriverUsage[];
  /** null until an actual volume of the month is recorded. */
  actualAmount: string | null;
  forecastAmount: string;
  engineVersion: string;
}

/**
 * Usage of one month.
 * @param contractYear the month's contract year for this term's pricing (see `contractYearOfMonth`).
 * @param actuals driver code → recorded quantity of the month; drivers not in it use the forecast.
 * @throws PricingInputError when an actual quantity is not acceptable for its driver.
 */
export function monthUsage(
  catalogue: PricingCatalogue,
  configuration: ConfigurationInput,
  contractYear: number,
  actuals: ReadonlyMap<string, string>,
): MonthUsageFigures {
  const forecast = priceConfiguration(catalogue, configuration);
  const drivers = monthlyDrivers(forecast);
  const forecastVolumes = new Map((configuration.volumes ?? []).map((v) => [v.driverCode, v.quantity]));
  const lines = drivers.map((driverCode) => ({
    driverCode,
    forecast: forecastVolumes.get(driverCode) ?? '0',
    actual: actuals.get(driverCode) ?? null,
  }));
  const hasActual = lines.some((line) => line.actual !== null);
  const actual = hasActual
    ? priceConfiguration(catalogue, { ...configuration, volumes: withActuals(configuration, actuals) })
    : null;
  return {
    lines,
    forecastAmount: monthlyAmount(forecast, contractYear, catalogue.minorDigits),
    actualAmount: actual ? monthlyAmount(actual, contractYear, catalogue.minorDigits) : null,
    engineVersion: forecast.engineVersion,
  };
}

/**
 * Σ actualAmount − Σ forecastAmount over the months; a month without actuals counts as forecast, so
 * it adds nothing. Written with `minorDigits` decimals.
 */
export function trueUp(
  months: readonly Pick<MonthUsageFigures, 'actualAmount' | 'forecastAmount'>[],
  minorDigits: number,
): string {
  let sum = Decimal.ZERO;
  for (const month of months) {
    if (month.actualAmount === null) continue;
    sum = sum.plus(Decimal.parse(month.actualAmount)).minus(Decimal.parse(month.forecastAmount));
  }
  return sum.format(minorDigits);
}

/** Σ of the MONTHLY line amounts whose contract years include `year`. */
function monthlyAmount(breakdown: PriceBreakdown, year: number, minorDigits: number): string {
  let sum = Decimal.ZERO;
  for (const line of breakdown.lines) {
    if (line.period !== 'MONTHLY' || line.firstYear > year || line.lastYear < year) continue;
    sum = sum.plus(Decimal.parse(line.amount));
  }
  return sum.format(minorDigits);
}

/** The drivers of the MONTHLY lines, each once, in line order. */
function monthlyDrivers(breakdown: PriceBreakdown): string[] {
  const seen = new Set<string>();
  for (const line of breakdown.lines) {
    if (line.period === 'MONTHLY' && line.driverCode !== null) seen.add(line.driverCode);
  }
  return [...seen];
}

function withActuals(configuration: ConfigurationInput, actuals: ReadonlyMap<string, string>): VolumeInput[] {
  const volumes = (configuration.volumes ?? []).map((v) => ({
    driverCode: v.driverCode,
    quantity: actuals.get(v.driverCode) ?? v.quantity,
  }));
  for (const [driverCode, quantity] of actuals) {
    if (!volumes.some((v) => v.driverCode === driverCode)) volumes.push({ driverCode, quantity });
  }
  return volumes;
}
