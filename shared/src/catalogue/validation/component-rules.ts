import type { Decimal } from '../../money/decimal.js';
import { PRICE_MODELS, type PriceModel } from '../document.js';
import type { JsonPath } from './json-path.js';
import { isJsonObject, type JsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { decimalValue, type ObjectCheck } from './rules.js';

// Which price fields each model uses (DESIGN, "PriceComponent"): a field of another model would be
// silently ignored by the engine, so it is reported rather than kept.
const MODEL_FIELDS: Readonly<Record<PriceModel, { needs: readonly string[]; forbids: readonly string[] }>> = {
  FLAT: { needs: ['amount'], forbids: ['driver', 'unitPrice', 'tiers'] },
  PER_UNIT: { needs: ['driver', 'unitPrice'], forbids: ['amount', 'tiers'] },
  GRADUATED: { needs: ['driver', 'tiers'], forbids: ['amount', 'unitPrice'] },
  VOLUME: { needs: ['driver', 'tiers'], forbids: ['amount', 'unitPrice'] },
};

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

/** The rules of a price component that relate its fields: model fields, tiers and contract years. */
export const checkPriceComponent: ObjectCheck = (component, path, problems) => {
  const model = component.model;
  if (typeof model === 'string' && (PRICE_MODELS as readonly string[]).includes(model)) {
    checkModelFields(component, model as PriceModel, path, problems);
  }
  if (Array.isArray(component.tiers)) checkTiers(component.tiers, [...path, 'tiers'], problems);
  checkYearRange(component, path, problems);
};

function checkModelFields(
  component: JsonObject,
  model: PriceModel,
  path: JsonPath,
  problems: Problems,
): void {
  const { needs, forbids } = MODEL_FIELDS[model];
  for (const field of needs) {
    if (!isGiven(component[field]))
      problems.report([...path, field], 'MODEL_FIELD_MISSING', { model, field });
  }
  for (const field of forbids) {
    if (isGiven(component[field]))
      problems.report([...path, field], 'MODEL_FIELD_NOT_ALLOWED', { model, field });
  }
  const tiered = model === 'GRADUATED' || model === 'VOLUME';
  if (tiered && Array.isArray(component.tiers) && component.tiers.length === 0) {
    problems.report([...path, 'tiers'], 'NO_TIERS', { model });
  }
}

/**
 * Tiers hold the units above the previous tier's `upTo` up to their own, so `upTo` must rise
 * strictly, and the last tier is open (null) so that every quantity has a price.
 */
function checkTiers(tiers: readonly unknown[], path: JsonPath, problems: Problems): void {
  let previous: { upTo: string; value: Decimal } | undefined;
  tiers.forEach((tier, index) => {
    const upTo = isJsonObject(tier) ? tier.upTo : undefined;
    const here = [...path, index, 'upTo'];
    const isLast = index === tiers.length - 1;
    if (upTo === null && !isLast) problems.report(here, 'OPEN_TIER_NOT_LAST');
    const value = decimalValue(upTo);
    if (value === undefined || typeof upTo !== 'string') return;
    if (isLast) problems.report(here, 'LAST_TIER_NOT_OPEN', { upTo });
    if (previous !== undefined && !value.gt(previous.value)) {
      problems.report(here, 'TIER_ORDER', { upTo, previous: previous.upTo });
    }
    previous = { upTo, value };
  });
}

function checkYearRange(component: JsonObject, path: JsonPath, problems: Problems): void {
  const fromYear = component.fromYear === undefined ? 1 : component.fromYear;
  const toYear = component.toYear;
  if (!isWholeNumber(fromYear) || !isWholeNumber(toYear)) return;
  if (toYear < fromYear) problems.report([...path, 'toYear'], 'YEAR_RANGE', { toYear, fromYear });
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** A limit's range must not be empty: `min` ≤ `max` when both are given. */
export const checkLimitRange: ObjectCheck = (limit, path, problems) => {
  const min = decimalValue(limit.min);
  const max = decimalValue(limit.max);
  if (min !== undefined && max !== undefined && max.lt(min)) {
    problems.report([...path, 'max'], 'LIMIT_RANGE', { max: String(limit.max), min: String(limit.min) });
  }
};
