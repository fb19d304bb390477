import { describe, expect, it } from 'vitest';
import { changed, fixture } from '../../../test/catalogue-fixtures.js';
import { DOCUMENT_LIMITS } from '../../limits/document-limits.js';
import { validateCatalogueDocument } from '../validate-catalogue.js';
import type { JsonPath } from './json-path.js';

const exNo = fixture('ex-no');

/** A list of `count` entries that are not even objects: walking it would report each of them. */
const junk = (count: number): unknown[] => Array.from({ length: count }, () => 'junk');

const codesAt = (input: unknown, path: string): string[] =>
  validateCatalogueDocument(input)
    .errors.filter((error) => error.path === path)
    .map((error) => error.code);

// Each count limit of DESIGN ("Catalogue documents"), at the place in EX-NO where it applies.
const LIMITS: [JsonPath, number][] = [
  [['categories'], DOCUMENT_LIMITS.categories],
  [['services'], DOCUMENT_LIMITS.services],
  [['servicePackages'], DOCUMENT_LIMITS.servicePackages],
  [['serviceLevels'], DOCUMENT_LIMITS.serviceLevels],
  [['serviceLevels', 0, 'targets'], DOCUMENT_LIMITS.targets],
  [['drivers'], DOCUMENT_LIMITS.drivers],
  [['services', 1, 'priceComponents'], DOCUMENT_LIMITS.priceComponents],
  [['services', 1, 'priceComponents', 0, 'tiers'], DOCUMENT_LIMITS.tiers],
  [['services', 1, 'requires'], DOCUMENT_LIMITS.requires],
  [['services', 3, 'requires', 0], DOCUMENT_LIMITS.requiresGroupCodes],
  [['services', 1, 'excludes'], DOCUMENT_LIMITS.excludes],
  [['services', 1, 'limits'], DOCUMENT_LIMITS.limits],
  [['services', 1, 'responsibilities'], DOCUMENT_LIMITS.responsibilities],
  [['servicePackages', 0, 'items'], DOCUMENT_LIMITS.packageItems],
  [['servicePackages', 0, 'allowedAddOns'], DOCUMENT_LIMITS.allowedAddOns],
];

describe('catalogue document count limits', () => {
  it('has the limits DESIGN gives', () => {
    expect(DOCUMENT_LIMITS).toMatchObject({
      categories: 100,
      services: 500,
      servicePackages: 100,
      serviceLevels: 20,
      targets: 50,
      drivers: 100,
      priceComponents: 20,
      tiers: 50,
      tiersInAll: 10_000,
      requires: 50,
      requiresGroupCodes: 50,
      excludes: 50,
      limits: 50,
      responsibilities: 50,
      languages: 20,
    });
  });

  it.each(LIMITS)('refuses more than the limit at %j, before looking at any entry', (path, max) => {
    const { errors, document } = validateCatalogueDocument(changed(exNo, path, junk(max + 1)));
    expect(document).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_ENTRIES',
        params: expect.objectContaining({ max, count: max + 1 }),
      }),
    ]);
  });

  it.each(LIMITS)('counts exactly the limit at %j as within it', (path, max) => {
    const formatted = validateCatalogueDocument(changed(exNo, path, junk(max + 1))).errors[0].path;
    expect(codesAt(changed(exNo, path, junk(max)), formatted)).not.toContain('TOO_MANY_ENTRIES');
  });

  it('refuses a component of 50,000 tiers with one error, its tiers unread', () => {
    const tiers = ['services', 1, 'priceComponents', 0, 'tiers'];
    const { errors } = validateCatalogueDocument(changed(exNo, tiers, junk(50_000)));
    expect(errors).toEqual([
      {
        path: 'services[1].priceComponents[0].tiers',
        code: 'TOO_MANY_ENTRIES',
        params: { field: 'tiers', max: 50, count: 50_000 },
        message: '"tiers" has 50000 entries; at most 50 are allowed.',
      },
    ]);
  });

  it('refuses a text in more than 20 languages', () => {
    const languages = [
      'en',
      'da',
      'nb',
      'sv',
      'fi',
      'is',
      'de',
      'fr',
      'es',
      'it',
      'nl',
      'pl',
      'pt',
      'cs',
      'et',
      'lv',
      'lt',
      'hu',
      'ro',
      'sk',
      'sl',
    ];
    const name = Object.fromEntries(languages.map((language) => [language, 'Lønn']));
    const path: JsonPath = ['categories', 0, 'name'];
    expect(codesAt(changed(exNo, path, name), 'categories[0].name')).toEqual(['TOO_MANY_ENTRIES']);
    delete name.sl;
    expect(validateCatalogueDocument(changed(exNo, path, name)).errors).toEqual([]);
  });
});

describe('catalogue document text and decimals', () => {
  it('stores texts NFC, with line breaks as LF', () => {
    const input = changed(
      changed(exNo, ['categories', 0, 'name', 'en'], 'Lo\u0308nn'),
      ['services', 0, 'description'],
      {
        en: 'one\r\ntwo',
      },
    );
    const { document, errors } = validateCatalogueDocument(input);
    expect(errors).toEqual([]);
    expect(document?.categories[0].name.en).toBe('L\u00F6nn');
    expect(document?.services[0].description?.en).toBe('one\ntwo');
  });

  it.each<[JsonPath, string, string]>([
    [['categories', 0, 'name', 'en'], 'a\u0000b', 'FORBIDDEN_CHARACTER'],
    [['provider', 'name'], 'Centre\u001B[0m', 'FORBIDDEN_CHARACTER'],
    [['services', 0, 'description', 'en'], 'x\u200By', 'FORBIDDEN_CHARACTER'],
    [['services', 0, 'priceComponents', 0, 'label', 'en'], 'x'.repeat(201), 'TEXT_TOO_LONG'],
    [['services', 0, 'description', 'en'], 'x'.repeat(5001), 'TEXT_TOO_LONG'],
    [['services', 0, 'priceComponents', 0, 'amount'], `1.${'0'.repeat(40)}`, 'TOO_MANY_DECIMALS'],
    [['services', 0, 'priceComponents', 0, 'amount'], '9'.repeat(100_000), 'TOO_MANY_DIGITS'],
    [['servicePackages', 1, 'discountPercent'], '5.12345', 'TOO_MANY_DECIMALS'],
    [['serviceLevels', 1, 'surchargePercent'], '1000.5', 'DECIMAL_ABOVE_MAXIMUM'],
    [['categories', 0, 'code'], 'A'.repeat(100_000), 'INVALID_FORMAT'],
  ])('refuses at %j', (path, value, code) => {
    const { errors } = validateCatalogueDocument(changed(exNo, path, value));
    expect(errors.map((error) => error.code)).toContain(code);
    // A message quotes at most the start of what was written.
    for (const error of errors) expect(error.message.length).toBeLessThan(400);
  });
});
