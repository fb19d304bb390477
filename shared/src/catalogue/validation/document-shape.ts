import { DISCOUNT_PERCENT_BOUNDS, SURCHARGE_PERCENT_BOUNDS } from '../../limits/decimal-bounds.js';
import {
  BENCHMARK_KINDS,
  PRICE_PERIODS,
  PRICE_MODELS,
  RESPONSIBLE_PARTIES,
  SERVICE_KINDS,
  SERVICE_STATUSES,
  STANDARD_MEASURES,
} from '../document.js';
import { checkLimitRange, checkPriceComponent } from './component-rules.js';
import type { JsonPath } from './json-path.js';
import type { Problems } from './problems.js';
import {
  booleanValue,
  checkObject,
  decimalText,
  integerValue,
  listOf,
  mapOf,
  nonEmptyText,
  objectOf,
  oneOf,
  optional,
  optionalOrNull,
  required,
  requiredOrNull,
  type Shape,
} from './rules.js';
import {
  calendarDate,
  catalogueCode,
  countryCode,
  currencyCode,
  languageTag,
  localizedText,
  providerCode,
} from './text-rules.js';

// The field lists below are the document format of DESIGN ("The catalogue document"); the order of
// the fields is the canonical order that withDefaults writes.

const price = decimalText();
const quantity = decimalText();
const name = localizedText('name');
const label = localizedText('label');
const description = localizedText('description');

const provider = objectOf({
  code: required(providerCode),
  name: required(nonEmptyText('name')),
  country: required(countryCode),
  currency: required(currencyCode),
  locale: required(languageTag),
});

const category = objectOf({ code: required(catalogueCode), name: required(name) });

const driver = objectOf({
  code: required(catalogueCode),
  name: required(name),
  unit: required(label),
  integer: required(booleanValue),
  standardMeasure: optionalOrNull(oneOf(STANDARD_MEASURES)),
});

const target = objectOf({
  metric: required(catalogueCode),
  name: required(name),
  value: required(decimalText()),
  unit: required(catalogueCode),
  service: optionalOrNull(catalogueCode),
});

const serviceLevel = objectOf({
  code: required(catalogueCode),
  name: required(name),
  rank: required(integerValue()),
  surchargePercent: required(decimalText(SURCHARGE_PERCENT_BOUNDS)),
  targets: optional(listOf(target)),
});

const tier = objectOf({
  upTo: requiredOrNull(quantity),
  unitPrice: required(price),
  flatFee: optional(price),
});

const priceComponent = objectOf(
  {
    label: required(label),
    model: required(oneOf(PRICE_MODELS)),
    period: required(oneOf(PRICE_PERIODS)),
    driver: optionalOrNull(catalogueCode),
    amount: optionalOrNull(price),
    unitPrice: optionalOrNull(price),
    tiers: optionalOrNull(listOf(tier)),
    minimumCharge: optionalOrNull(price),
    fromYear: optional(integerValue(1)),
    toYear: optionalOrNull(integerValue()),
  },
  checkPriceComponent,
);

const limit = objectOf(
  { driver: required(catalogueCode), min: optionalOrNull(quantity), max: optionalOrNull(quantity) },
  checkLimitRange,
);

const responsibility = objectOf({
  task: required(label),
  party: required(oneOf(RESPONSIBLE_PARTIES)),
});

const service = objectOf({
  code: required(catalogueCode),
  category: required(catalogueCode),
  kind: required(oneOf(SERVICE_KINDS)),
  status: optional(oneOf(SERVICE_STATUSES)),
  name: required(name),
  description: optional(description),
  // A group with no member could never be satisfied.
  requires: optional(listOf(listOf(catalogueCode, { nonEmpty: true }))),
  excludes: optional(listOf(catalogueCode)),
  limits: optional(listOf(limit)),
  priceComponents: required(listOf(priceComponent)),
  responsibilities: optional(listOf(responsibility)),
});

const packageItem = objectOf({
  service: required(catalogueCode),
  included: optionalOrNull(mapOf((key, path, problems) => catalogueCode(key, path, problems), quantity)),
});

const servicePackage = objectOf({
  code: required(catalogueCode),
  name: required(name),
  description: optional(description),
  serviceLevel: optionalOrNull(catalogueCode),
  discountPercent: optional(decimalText(DISCOUNT_PERCENT_BOUNDS)),
  items: required(listOf(packageItem, { nonEmpty: true })),
  allowedAddOns: optionalOrNull(listOf(catalogueCode)),
});

const benchmarkPackages = objectOf(
  Object.fromEntries(BENCHMARK_KINDS.map((kind) => [kind, optionalOrNull(catalogueCode)])),
);

const catalogueDocument: Shape = {
  provider: required(provider),
  validFrom: optionalOrNull(calendarDate),
  categories: required(listOf(category)),
  drivers: required(listOf(driver)),
  serviceLevels: required(listOf(serviceLevel)),
  services: required(listOf(service)),
  servicePackages: required(listOf(servicePackage)),
  benchmarkPackages: optionalOrNull(benchmarkPackages),
};

/**
 * Checks the form of every part of a document: fields present, known and of the right JSON type,
 * enums, codes, decimals, dates and the rules within one price component or limit. Relations
 * between parts (references, duplicates, cycles) are checked elsewhere.
 */
export function checkDocumentShape(input: unknown, problems: Problems): void {
  const root: JsonPath = [];
  checkObject(input, root, catalogueDocument, problems);
}
