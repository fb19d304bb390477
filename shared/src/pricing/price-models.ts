/**
 * The base price of one component under each price model (DESIGN pricing rule 2, "base"), exact,
 * with the figures a person needs to follow it.
 */
import { Decimal } from '../money/decimal.js';
import type { CompiledComponent, CompiledTier } from './compile.js';
import { exactText } from './exact-text.js';
import type { Quantity } from './input.js';
import type { PriceTierSlice } from './types.js';

/** The base of a component and how it came about. */
export interface ModelPrice {
  readonly base: Decimal;
  /**
   * The base as an explanation shows it, when known without writing it again: FLAT's from compiling,
   * a single tier slice's amount; otherwise null.
   */
  readonly baseText: string | null;
  /** PER_UNIT: its unit price; VOLUME: the chosen tier's; otherwise null. */
  readonly unitPrice: string | null;
  /** GRADUATED: the tiers holding units; VOLUME: the chosen tier; otherwise null. */
  readonly tiers: PriceTierSlice[] | null;
}

/** Prices `billable` units (ignored by FLAT) under the component's model; slices show `minorDigits`. */
export function priceModel(
  component: CompiledComponent,
  billable: Quantity,
  minorDigits: number,
): ModelPrice {
  switch (component.model) {
    case 'FLAT':
      return component.flatPrice ?? missingPrice(component);
    case 'PER_UNIT': {
      const unitPrice = component.unitPrice ?? missingPrice(component);
      return {
        base: unitPrice.value.times(billable.value),
        baseText: null,
        unitPrice: unitPrice.text,
        tiers: null,
      };
    }
    case 'GRADUATED':
      return graduated(component.tiers, billable, minorDigits);
    case 'VOLUME':
      return volume(component.tiers, billable, minorDigits);
    default:
      return assertNever(component.model);
  }
}

/**
 * GRADUATED: tiers are counted on billable from 0; a tier holds the units above the previous tier's
 * `upTo` up to and including its own, each unit is priced in its tier, and every tier that holds
 * units adds its flat fee once.
 */
export function graduated(
  tiers: readonly CompiledTier[],
  billable: Quantity,
  minorDigits: number,
): ModelPrice {
  const slices: PriceTierSlice[] = [];
  let base = Decimal.ZERO;
  for (const tier of tiers) {
    if (billable.value.lte(tier.from)) break;
    const filled = tier.filled;
    // A tier that billable fills up costs the same in every configuration: compiled once.
    if (filled !== null && billable.value.gte(filled.upTo)) {
      base = slices.length === 0 ? filled.amount : base.plus(filled.amount);
      slices.push(filled.slice);
      continue;
    }
    const quantity = tier.from.isZero() ? billable : remainder(billable.value, tier.from);
    const slice = priceSlice(tier, quantity, minorDigits);
    base = slices.length === 0 ? slice.amount : base.plus(slice.amount);
    slices.push(slice.slice);
    break;
  }
  // One slice is the whole base: its amount is already written the way a base is.
  const baseText = slices.length === 1 ? slices[0].amount : null;
  return { base, baseText, unitPrice: null, tiers: slices };
}

/**
 * VOLUME: the tier that holds billable prices all of it at its unit price, plus its flat fee.
 * Nothing billable costs nothing (no flat fee either).
 */
export function volume(tiers: readonly CompiledTier[], billable: Quantity, minorDigits: number): ModelPrice {
  if (billable.value.isZero()) return { base: Decimal.ZERO, baseText: null, unitPrice: null, tiers: [] };
  const tier = holdingTier(tiers, billable.value);
  const { amount, slice } = priceSlice(tier, billable, minorDigits);
  return { base: amount, baseText: slice.amount, unitPrice: tier.unitPrice.text, tiers: [slice] };
}

function holdingTier(tiers: readonly CompiledTier[], quantity: Decimal): CompiledTier {
  for (const tier of tiers) if (tier.upTo === null || quantity.lte(tier.upTo.value)) return tier;
  // A valid catalogue ends every tier list with upTo null, so a tier is always found.
  throw new Error('Tier list without an unlimited last tier');
}

/** quantity × unitPrice + flatFee of one tier. */
function priceSlice(
  tier: CompiledTier,
  quantity: Quantity,
  minorDigits: number,
): { amount: Decimal; slice: PriceTierSlice } {
  const units = quantity.value.times(tier.unitPrice.value);
  const amount = tier.hasFlatFee ? units.plus(tier.flatFee.value) : units;
  const slice = {
    upTo: tier.upTo?.text ?? null,
    unitPrice: tier.unitPrice.text,
    flatFee: tier.flatFee.text,
    quantity: quantity.text,
    amount: exactText(amount, minorDigits),
  };
  return { amount, slice };
}

function remainder(value: Decimal, from: Decimal): Quantity {
  const rest = value.minus(from).normalize();
  return { value: rest, text: rest.toString() };
}

function missingPrice(component: CompiledComponent): never {
  // A valid catalogue always has the model's price field; this guards an unvalidated document.
  throw new Error(`Price component ${component.index} lacks its ${component.model} price`);
}

function assertNever(value: never): never {
  throw new Error(`Unknown price model ${String(value)}`);
}
