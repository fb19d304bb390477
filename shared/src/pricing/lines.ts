/**
 * DESIGN pricing rule 2: one line per selected service and price component whose contract-year
 * range meets the contract, priced exactly and rounded once, at the line amount.
 */
import { Decimal } from '../money/decimal.js';
import { NO_ADJUSTMENT, type Adjustment } from './adjustment.js';
import { lineCharge, type LineCharge } from './charge.js';
import type { CompiledComponent, CompiledServiceLevel } from './compile.js';
import type { Quantity, ResolvedInput } from './input.js';
import { priceModel, type ModelPrice } from './price-models.js';
import type { SelectedService, Selection } from './selection.js';
import type { PriceLine } from './types.js';

/** What every line of one configuration shares. */
export interface LineContext {
  volumes: ReadonlyMap<string, Quantity>;
  contractYears: number;
  minorDigits: number;
  /** Recurring lines of package items: package discount and level surcharge. */
  packageItemAdjustment: Adjustment;
  /** Recurring lines of extra services: the level surcharge only. */
  extraAdjustment: Adjustment;
}

/** The lines of a configuration and their amounts as minor units, for summing without re-parsing. */
export interface PricedLines {
  lines: PriceLine[];
  /** Each line's rounded amount × 10^minorDigits, in line order. */
  minorUnits: bigint[];
}

/** One priced line and its rounded amount as minor units. */
interface PricedLine {
  line: PriceLine;
  minorUnits: bigint;
}

const NOTHING: Quantity = { value: Decimal.ZERO, text: '0' };

/**
 * What the lines of a configuration share. The adjustments come compiled with the catalogue:
 * package items get the package's discount and the level's surcharge, extra services the surcharge.
 */
export function lineContext(
  resolved: Pick<ResolvedInput, 'volumes' | 'contractYears' | 'servicePackage'>,
  serviceLevel: CompiledServiceLevel | null,
  minorDigits: number,
): LineContext {
  const extraAdjustment = serviceLevel?.adjustment ?? NO_ADJUSTMENT;
  return {
    volumes: resolved.volumes,
    contractYears: resolved.contractYears,
    minorDigits,
    packageItemAdjustment: resolved.servicePackage?.itemAdjustments.get(serviceLevel) ?? extraAdjustment,
    extraAdjustment,
  };
}

/** True when the component's year range `fromYear`..`toYear` meets the contract's years 1..N. */
export function inContract(component: CompiledComponent, contractYears: number): boolean {
  // toYear ≥ fromYear ≥ 1 in a valid catalogue, so only the start can fall outside the contract.
  return component.fromYear <= contractYears;
}

/** Lines of every selected service, in selection order and then component order. */
export function priceLines(context: LineContext, { services }: Selection): PricedLines {
  const priced: PricedLines = { lines: [], minorUnits: [] };
  for (const selection of services) {
    for (const component of selection.service.components) {
      const one = priceLine(context, selection, component);
      if (one === null) continue;
      priced.lines.push(one.line);
      priced.minorUnits.push(one.minorUnits);
    }
  }
  return priced;
}

/**
 * The line of one component with its rounded amount in minor units, or null when the component is
 * outside the contract or its volume is missing.
 */
function priceLine(
  context: LineContext,
  selection: SelectedService,
  component: CompiledComponent,
): PricedLine | null {
  if (!inContract(component, context.contractYears)) return null;
  const driverCode = component.driverCode;
  const quantity = driverCode === null ? null : context.volumes.get(driverCode);
  // A line that needs a volume which was not given is left out; issues report MISSING_VOLUME.
  if (quantity === undefined) return null;
  const included = driverCode === null ? undefined : selection.item?.included.get(driverCode);
  const billable = quantity === null ? NOTHING : billableQuantity(quantity, included?.value);
  const modelPrice = priceModel(component, billable, context.minorDigits);
  const adjustment = adjustmentOf(context, selection, component);
  const charge = chargeOf(component, modelPrice, adjustment, context.minorDigits);
  const line: PriceLine = {
    serviceCode: selection.service.code,
    componentIndex: component.index,
    componentLabel: component.labelText,
    label: component.label,
    model: component.model,
    period: component.period,
    driverCode,
    quantity: quantity === null ? null : quantity.text,
    billableQuantity: quantity === null ? null : billable.text,
    includedQuantity: included?.text ?? null,
    amount: charge.amount,
    firstYear: Math.max(1, component.fromYear),
    lastYear: lastYearOf(component, context.contractYears),
    base: charge.baseText,
    minimumCharge: component.minimumCharge?.text ?? null,
    minimumApplied: charge.minimumApplied,
    discountPercent: adjustment.discountPercent,
    surchargePercent: adjustment.surchargePercent,
    unitPrice: modelPrice.unitPrice,
    tiers: modelPrice.tiers,
  };
  return { line, minorUnits: charge.minorUnits };
}

/**
 * The line's charge (see lineCharge). A FLAT line comes out the same under the same adjustment in
 * every configuration: compiling the catalogue computed it under each adjustment the catalogue has.
 */
function chargeOf(
  component: CompiledComponent,
  modelPrice: ModelPrice,
  adjustment: Adjustment,
  minorDigits: number,
): LineCharge {
  const ready = component.model === 'FLAT' ? component.flatCharges.get(adjustment) : undefined;
  return ready ?? lineCharge(component.minimumCharge, modelPrice, adjustment, minorDigits);
}

/** max(0, q − included): the package's included quantity is deducted in each component on its driver. */
function billableQuantity(quantity: Quantity, included: Decimal | undefined): Quantity {
  if (included === undefined) return quantity;
  const rest = quantity.value.minus(included);
  if (rest.isNegative() || rest.isZero()) return NOTHING;
  const value = rest.normalize();
  return { value, text: value.toString() };
}

function adjustmentOf(
  context: LineContext,
  selection: SelectedService,
  component: CompiledComponent,
): Adjustment {
  if (component.period === 'ONE_TIME') return NO_ADJUSTMENT;
  return selection.item === null ? context.extraAdjustment : context.packageItemAdjustment;
}

/** lastYear = min(N, toYear) for recurring lines; a ONE_TIME line falls in its first year. */
function lastYearOf(component: CompiledComponent, contractYears: number): number {
  if (component.period === 'ONE_TIME') return Math.max(1, component.fromYear);
  return component.toYear === null ? contractYears : Math.min(contractYears, component.toYear);
}
