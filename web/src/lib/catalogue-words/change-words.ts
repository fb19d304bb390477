import type { TFunction } from 'i18next';
import type { PriceComponentDocument } from '@servicekatalog/shared';
import { describePriceComponent } from './price-component-words';
import type { Formatters } from '../format';
import { localized } from '../localized';

/** What is needed to put catalogue values in words: language, formats, currency and driver units. */
export interface ValueContext {
  t: TFunction;
  format: Formatters;
  language: string;
  currency: string;
  unitOf(driverCode: string): string;
}

const MONEY_FIELDS = new Set(['amount', 'unitPrice', 'minimumCharge', 'flatFee']);
const PERCENT_FIELDS = new Set(['discountPercent', 'surchargePercent']);
const DATE_FIELDS = new Set(['validFrom']);
const DECIMAL = /^-?\d+(\.\d+)?$/;
const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A localized text of the document: an object of language codes to strings, with English. */
export function isLocalizedText(value: unknown): value is Record<string, string> {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string')
  );
}

/** A price component of a document (or a fragment of one) in words, as customers read it. */
export function componentWords(component: PriceComponentDocument, context: ValueContext): string {
  return describePriceComponent(
    {
      model: component.model,
      period: component.period,
      driverCode: component.driver ?? null,
      amount: component.amount ?? null,
      unitPrice: component.unitPrice ?? null,
      tiers: component.tiers ?? [],
      minimumCharge: component.minimumCharge ?? null,
      fromYear: component.fromYear ?? 1,
      toYear: component.toYear ?? null,
    },
    context,
  );
}

function isComponent(value: unknown): value is PriceComponentDocument {
  return (
    isRecord(value) && typeof value.model === 'string' && typeof value.period === 'string' && 'label' in value
  );
}

/**
 * Any value of a catalogue document, readably: money with its currency, percentages, dates,
 * texts in the interface language, yes/no, lists and records spelt out, price components in words.
 * `field` is the document field the value belongs to (it decides money, percent, date).
 */
export function readableValue(value: unknown, context: ValueContext, field?: string): string {
  const { t, format } = context;
  if (value === null || value === undefined) return t('manager.value.none');
  if (typeof value === 'boolean') return t(value ? 'manager.value.yes' : 'manager.value.no');
  if (typeof value === 'number') return format.quantity(String(value));
  if (typeof value === 'string') {
    if (field && DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(value);
    if (field && DECIMAL.test(value)) {
      if (MONEY_FIELDS.has(field)) return format.price(value, context.currency);
      if (PERCENT_FIELDS.has(field)) return format.percent(value);
      return format.quantity(value);
    }
    return value;
  }
  if (isLocalizedText(value)) return localized(value, context.language);
  if (isComponent(value)) {
    return `${localized(value.label, context.language)}: ${componentWords(value, context)}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('manager.value.empty');
    return value
      .map((entry) => readableValue(entry, context, field))
      .join(Array.isArray(value[0]) ? ' | ' : '; ');
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([, entry]) => entry !== null && entry !== undefined)
      .map(([key, entry]) => `${fieldLabel(key, t)}: ${readableValue(entry, context, key)}`)
      .join(', ');
  }
  return String(value);
}

const KNOWN_FIELDS = new Set([
  'code',
  'standardMeasure',
  'benchmarkPackages',
  'name',
  'description',
  'category',
  'kind',
  'status',
  'requires',
  'excludes',
  'limits',
  'priceComponents',
  'responsibilities',
  'label',
  'model',
  'period',
  'driver',
  'amount',
  'unitPrice',
  'tiers',
  'upTo',
  'flatFee',
  'minimumCharge',
  'fromYear',
  'toYear',
  'rank',
  'surchargePercent',
  'targets',
  'metric',
  'value',
  'unit',
  'service',
  'serviceLevel',
  'discountPercent',
  'items',
  'included',
  'allowedAddOns',
  'integer',
  'validFrom',
  'currency',
  'task',
  'party',
  'min',
  'max',
]);

/** A document field's name in words ("unitPrice" → "Unit price"); unknown fields as they are. */
export function fieldLabel(field: string, t: TFunction): string {
  return KNOWN_FIELDS.has(field) ? t(`manager.field.${field}`) : field;
}
