import { describe, expect, it } from 'vitest';
import { changed, fixture } from '../../test/catalogue-fixtures.js';
import {
  DOCUMENT_ERROR_CODES,
  DOCUMENT_ERROR_PHRASES,
  ENGLISH_DOCUMENT_ERRORS,
  englishDocumentErrorMessage,
  isDocumentErrorCode,
  placeholdersOf,
  type DocumentError,
  type DocumentErrorCode,
} from './document-errors.js';
import type { JsonPath } from './validation/json-path.js';
import { validateCatalogueDocument } from './validate-catalogue.js';

const exNo = fixture('ex-no');
const CURRENCIES = 'DKK, NOK, SEK, EUR, ISK, GBP, USD, CHF';
const flat: JsonPath = ['services', 0, 'priceComponents', 0];
const graduated: JsonPath = ['services', 1, 'priceComponents', 0];
const tiers: JsonPath = [...graduated, 'tiers'];

/** One change to EX-NO (or a whole other input) and the one error it must give. */
interface Case {
  name: string;
  input: unknown;
  error: DocumentError;
}

const after = (path: JsonPath, value: unknown) => changed(exNo, path, value);

// Each code at least once, each code with a "Did you mean" sentence also with a suggestion, and
// every word of the phrase tables (what was expected, what was found, which item) at least once.
const CASES: Case[] = [
  {
    name: 'a list instead of a document',
    input: [],
    error: {
      path: '',
      code: 'DOCUMENT_NOT_AN_OBJECT',
      params: { actual: 'LIST' },
      message: 'The catalogue document must be a JSON object, not a list.',
    },
  },
  {
    name: 'nothing at all instead of a document',
    input: undefined,
    error: {
      path: '',
      code: 'DOCUMENT_NOT_AN_OBJECT',
      params: { actual: 'NOT_JSON', value: 'undefined' },
      message: 'The catalogue document must be a JSON object, not a undefined (not JSON).',
    },
  },
  {
    name: 'a string where an object belongs',
    input: after(['provider'], 'EX-NO'),
    error: {
      path: 'provider',
      code: 'WRONG_TYPE',
      params: { field: 'provider', expected: 'OBJECT', actual: 'STRING', value: '"EX-NO"' },
      message: '"provider" must be a JSON object, not the string "EX-NO".',
    },
  },
  {
    name: 'an object where a list belongs',
    input: after(['serviceLevels', 0, 'targets'], {}),
    error: {
      path: 'serviceLevels[0].targets',
      code: 'WRONG_TYPE',
      params: { field: 'targets', expected: 'LIST', actual: 'OBJECT' },
      message: '"targets" must be a list (JSON array), not an object.',
    },
  },
  {
    name: 'an empty name',
    input: after(['provider', 'name'], ''),
    error: {
      path: 'provider.name',
      code: 'WRONG_TYPE',
      params: { field: 'name', expected: 'NON_EMPTY_TEXT', actual: 'STRING', value: '""' },
      message: '"name" must be a non-empty string, not the string "".',
    },
  },
  {
    name: 'a string where a boolean belongs',
    input: after(['drivers', 0, 'integer'], 'true'),
    error: {
      path: 'drivers[0].integer',
      code: 'WRONG_TYPE',
      params: { field: 'integer', expected: 'BOOLEAN', actual: 'STRING', value: '"true"' },
      message: '"integer" must be true or false, not the string "true".',
    },
  },
  {
    name: 'a string where an integer belongs',
    input: after(['serviceLevels', 0, 'rank'], '1'),
    error: {
      path: 'serviceLevels[0].rank',
      code: 'WRONG_TYPE',
      params: { field: 'rank', expected: 'INTEGER', actual: 'STRING', value: '"1"' },
      message: '"rank" must be a whole JSON number such as 1, not the string "1".',
    },
  },
  {
    name: 'a boolean where a decimal belongs',
    input: after([...flat, 'amount'], true),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'WRONG_TYPE',
      params: { field: 'amount', expected: 'DECIMAL_TEXT', actual: 'BOOLEAN', value: 'true' },
      message: '"amount" must be a decimal string, e.g. "38.00", not the boolean true.',
    },
  },
  {
    name: 'a number where a language belongs',
    input: after(['provider', 'locale'], 5),
    error: {
      path: 'provider.locale',
      code: 'WRONG_TYPE',
      params: { field: 'locale', expected: 'LANGUAGE_CODE', actual: 'NUMBER', value: '5' },
      message: '"locale" must be a language code such as "da", not the JSON number 5.',
    },
  },
  {
    name: 'a string where localized text belongs',
    input: after(['categories', 0, 'name'], 'Payroll'),
    error: {
      path: 'categories[0].name',
      code: 'WRONG_TYPE',
      params: { field: 'name', expected: 'LOCALIZED_TEXT', actual: 'STRING', value: '"Payroll"' },
      message:
        '"name" must be localized text, an object such as { "en": "Payroll", "da": "Løn" }, not the string "Payroll".',
    },
  },
  {
    name: 'a null code in a requires group',
    input: after(['services', 3, 'requires', 0], ['ACC-INV', null]),
    error: {
      path: 'services[3].requires[0][1]',
      code: 'WRONG_TYPE',
      params: { field: 'requires[0][1]', expected: 'CATALOGUE_CODE', actual: 'NULL' },
      message:
        '"requires[0][1]" must be a code of upper-case letters, digits, "-" and "_", e.g. "PAY-BASE", not null.',
    },
  },
  {
    name: 'a list where a provider code belongs',
    input: after(['provider', 'code'], ['EX-NO']),
    error: {
      path: 'provider.code',
      code: 'WRONG_TYPE',
      params: { field: 'code', expected: 'PROVIDER_CODE', actual: 'LIST' },
      message:
        '"code" must be a provider code of upper-case letters and digits in hyphen-separated parts, e.g. "SA-DK", not a list.',
    },
  },
  {
    name: 'a number where a country belongs',
    input: after(['provider', 'country'], 47),
    error: {
      path: 'provider.country',
      code: 'WRONG_TYPE',
      params: { field: 'country', expected: 'COUNTRY_CODE', actual: 'NUMBER', value: '47' },
      message:
        '"country" must be an ISO 3166-1 alpha-2 country code such as "DK", "NO" or "SE", not the JSON number 47.',
    },
  },
  {
    name: 'a number where a currency belongs',
    input: after(['provider', 'currency'], 578),
    error: {
      path: 'provider.currency',
      code: 'WRONG_TYPE',
      params: {
        field: 'currency',
        expected: 'CURRENCY_CODE',
        actual: 'NUMBER',
        value: '578',
        currencies: CURRENCIES,
      },
      message: `"currency" must be a supported ISO 4217 currency code (${CURRENCIES}), not the JSON number 578.`,
    },
  },
  {
    name: 'a number where a date belongs',
    input: after(['validFrom'], 20270101),
    error: {
      path: 'validFrom',
      code: 'WRONG_TYPE',
      params: { field: 'validFrom', expected: 'DATE', actual: 'NUMBER', value: '20270101' },
      message:
        '"validFrom" must be a calendar date written "YYYY-MM-DD", e.g. "2027-01-01", not the JSON number 20270101.',
    },
  },
  {
    name: 'a missing field',
    input: after([...tiers, 2, 'upTo'], undefined),
    error: {
      path: 'services[1].priceComponents[0].tiers[2].upTo',
      code: 'REQUIRED_FIELD',
      params: { field: 'upTo' },
      message: 'Required field "upTo" is missing.',
    },
  },
  {
    name: 'null in a required field',
    input: after(['servicePackages', 0, 'items'], null),
    error: {
      path: 'servicePackages[0].items',
      code: 'NULL_NOT_ALLOWED',
      params: { field: 'items' },
      message: '"items" must not be null.',
    },
  },
  {
    name: 'null in a field with a default',
    input: after(['services', 0, 'status'], null),
    error: {
      path: 'services[0].status',
      code: 'NULL_INSTEAD_OF_DEFAULT',
      params: { field: 'status' },
      message: '"status" must not be null; leave it out to use the default.',
    },
  },
  {
    name: 'an unknown field like none',
    input: after(['provider', 'website'], 'https://example.org'),
    error: {
      path: 'provider.website',
      code: 'UNKNOWN_FIELD',
      params: { key: '"website"', allowed: 'code, name, country, currency, locale' },
      message: 'Unknown field "website". The fields allowed here are: code, name, country, currency, locale.',
    },
  },
  {
    name: 'an unknown field like a known one',
    input: after(['provider', 'nmae'], 'Eksempel'),
    error: {
      path: 'provider.nmae',
      code: 'UNKNOWN_FIELD',
      params: { key: '"nmae"', allowed: 'code, name, country, currency, locale', suggestion: 'name' },
      message: 'Unknown field "nmae". Did you mean "name"?',
    },
  },
  {
    name: 'an empty requires group',
    input: after(['services', 1, 'requires'], [[]]),
    error: {
      path: 'services[1].requires[0]',
      code: 'EMPTY_LIST',
      params: { field: 'requires[0]' },
      message: '"requires[0]" must list at least 1 entry.',
    },
  },
  {
    name: 'a value outside its enum, like none',
    input: after(['services', 1, 'responsibilities', 0, 'party'], 'BOTH'),
    error: {
      path: 'services[1].responsibilities[0].party',
      code: 'NOT_ONE_OF',
      params: { field: 'party', allowed: 'CENTRE, CUSTOMER, SHARED', actual: 'STRING', value: '"BOTH"' },
      message: '"party" must be one of CENTRE, CUSTOMER, SHARED, not the string "BOTH".',
    },
  },
  {
    name: 'a value outside its enum, like one of it',
    input: after(['services', 0, 'kind'], 'CROE'),
    error: {
      path: 'services[0].kind',
      code: 'NOT_ONE_OF',
      params: {
        field: 'kind',
        allowed: 'CORE, ADDON',
        actual: 'STRING',
        value: '"CROE"',
        suggestion: 'CORE',
      },
      message: '"kind" must be one of CORE, ADDON, not the string "CROE". Did you mean "CORE"?',
    },
  },
  {
    name: 'a malformed country code',
    input: after(['provider', 'country'], 'XX'),
    error: {
      path: 'provider.country',
      code: 'INVALID_FORMAT',
      params: { field: 'country', expected: 'COUNTRY_CODE', value: '"XX"' },
      message:
        '"country" must be an ISO 3166-1 alpha-2 country code such as "DK", "NO" or "SE"; "XX" is not.',
    },
  },
  {
    name: 'an unknown currency',
    input: after(['provider', 'currency'], 'NKR'),
    error: {
      path: 'provider.currency',
      code: 'INVALID_FORMAT',
      params: { field: 'currency', expected: 'CURRENCY_CODE', value: '"NKR"', currencies: CURRENCIES },
      message: `"currency" must be a supported ISO 4217 currency code (${CURRENCIES}); "NKR" is not.`,
    },
  },
  {
    name: 'contract year 0',
    input: after(['services', 3, 'priceComponents', 0, 'fromYear'], 0),
    error: {
      path: 'services[3].priceComponents[0].fromYear',
      code: 'INTEGER_BELOW_MINIMUM',
      params: { field: 'fromYear', min: 1, value: 0 },
      message: '"fromYear" must be at least 1, not 0.',
    },
  },
  {
    name: 'a JSON number where a decimal string belongs',
    input: after([...flat, 'amount'], 8000),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'DECIMAL_AS_NUMBER',
      params: { field: 'amount', value: '8000' },
      message:
        '"amount" must be a decimal string, e.g. "38.00", not the JSON number 8000; put the number in quotes.',
    },
  },
  {
    name: 'a decimal with a comma',
    input: after([...flat, 'amount'], '1,5'),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'MALFORMED_DECIMAL',
      params: { field: 'amount', value: '"1,5"' },
      message:
        '"amount" must be a plain decimal string such as "38.00" or "0.5": digits with an optional "." and no sign, exponent, spaces or separators; "1,5" is not.',
    },
  },
  {
    name: 'a negative price',
    input: after([...flat, 'amount'], '-8000.00'),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'NEGATIVE_DECIMAL',
      params: { field: 'amount', decimal: '-8000.00' },
      message: '"amount" must not be negative (-8000.00).',
    },
  },
  {
    name: 'a quantity with 7 decimals',
    input: after(['services', 1, 'limits', 0, 'min'], '1.1234567'),
    error: {
      path: 'services[1].limits[0].min',
      code: 'TOO_MANY_DECIMALS',
      params: { field: 'min', maxDecimals: 6, decimal: '1.1234567' },
      message: '"min" must have at most 6 decimals (1.1234567).',
    },
  },
  {
    name: 'a discount above 100',
    input: after(['servicePackages', 1, 'discountPercent'], '100.01'),
    error: {
      path: 'servicePackages[1].discountPercent',
      code: 'DECIMAL_ABOVE_MAXIMUM',
      params: { field: 'discountPercent', max: '100', decimal: '100.01' },
      message: '"discountPercent" must be at most 100, not 100.01.',
    },
  },
  {
    name: 'a malformed locale',
    input: after(['provider', 'locale'], 'nb_NO'),
    error: {
      path: 'provider.locale',
      code: 'INVALID_LANGUAGE_CODE',
      params: { field: 'locale', value: '"nb_NO"' },
      message:
        '"locale" must be a language code such as "da", "nb", "sv", "fi", "is" or "en"; "nb_NO" is not.',
    },
  },
  {
    name: 'a country code as the locale',
    input: after(['provider', 'locale'], 'dk'),
    error: {
      path: 'provider.locale',
      code: 'INVALID_LANGUAGE_CODE',
      params: { field: 'locale', value: '"dk"', suggestion: 'da' },
      message:
        '"locale" must be a language code such as "da", "nb", "sv", "fi", "is" or "en"; "dk" is not. Did you mean "da"?',
    },
  },
  {
    name: 'a text in no language',
    input: after(['categories', 0, 'name'], { en: 'Payroll', xx_YY: 'Løn' }),
    error: {
      path: 'categories[0].name.xx_YY',
      code: 'INVALID_LANGUAGE_KEY',
      params: { key: '"xx_YY"' },
      message: '"xx_YY" is not a language code such as "en", "da", "nb", "sv", "fi" or "is".',
    },
  },
  {
    name: 'a text under a country code',
    input: after(['categories', 0, 'name'], { en: 'Payroll', dk: 'Løn' }),
    error: {
      path: 'categories[0].name.dk',
      code: 'INVALID_LANGUAGE_KEY',
      params: { key: '"dk"', suggestion: 'da' },
      message: '"dk" is not a language code such as "en", "da", "nb", "sv", "fi" or "is". Did you mean "da"?',
    },
  },
  {
    name: 'a text without English',
    input: after(['categories', 0, 'name'], { nb: 'Lønn' }),
    error: {
      path: 'categories[0].name',
      code: 'MISSING_ENGLISH_TEXT',
      params: { field: 'name' },
      message: '"name" needs an English text ("en").',
    },
  },
  {
    name: 'a FLAT component without an amount',
    input: after([...flat, 'amount'], undefined),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'MODEL_FIELD_MISSING',
      params: { model: 'FLAT', field: 'amount' },
      message: 'A FLAT price component needs "amount".',
    },
  },
  {
    name: 'a FLAT component with a driver',
    input: after([...flat, 'driver'], 'PAYSLIPS'),
    error: {
      path: 'services[0].priceComponents[0].driver',
      code: 'MODEL_FIELD_NOT_ALLOWED',
      params: { model: 'FLAT', field: 'driver' },
      message: 'A FLAT price component has no "driver"; remove it or change the model.',
    },
  },
  {
    name: 'a GRADUATED component with no tier',
    input: after(tiers, []),
    error: {
      path: 'services[1].priceComponents[0].tiers',
      code: 'NO_TIERS',
      params: { model: 'GRADUATED' },
      message: 'A GRADUATED price component needs at least one tier.',
    },
  },
  {
    name: 'an open tier before the last',
    input: after([...tiers, 1, 'upTo'], null),
    error: {
      path: 'services[1].priceComponents[0].tiers[1].upTo',
      code: 'OPEN_TIER_NOT_LAST',
      params: {},
      message:
        'Only the last tier may have "upTo": null (no limit); every earlier tier needs an upper bound.',
    },
  },
  {
    name: 'a last tier with a limit',
    input: after([...tiers, 2, 'upTo'], '10000'),
    error: {
      path: 'services[1].priceComponents[0].tiers[2].upTo',
      code: 'LAST_TIER_NOT_OPEN',
      params: { upTo: '10000' },
      message:
        'The last tier must have "upTo": null (no limit), not "10000", so that every quantity has a price.',
    },
  },
  {
    name: 'tiers out of order',
    input: after([...tiers, 1, 'upTo'], '499.99'),
    error: {
      path: 'services[1].priceComponents[0].tiers[1].upTo',
      code: 'TIER_ORDER',
      params: { upTo: '499.99', previous: '500' },
      message:
        '"upTo" must be greater than the previous tier\'s upTo ("500"); tiers go in strictly ascending order.',
    },
  },
  {
    name: 'a toYear before the fromYear',
    input: after(['services', 3, 'priceComponents', 1, 'toYear'], 1),
    error: {
      path: 'services[3].priceComponents[1].toYear',
      code: 'YEAR_RANGE',
      params: { toYear: 1, fromYear: 2 },
      message: '"toYear" (1) must not be before "fromYear" (2).',
    },
  },
  {
    name: 'a limit with its max below its min',
    input: after(['services', 1, 'limits', 0], { driver: 'PAYSLIPS', min: '10', max: '9.5' }),
    error: {
      path: 'services[1].limits[0].max',
      code: 'LIMIT_RANGE',
      params: { max: '9.5', min: '10' },
      message: '"max" (9.5) must not be less than "min" (10).',
    },
  },
  {
    name: 'a service-level code twice',
    input: after(['serviceLevels'], [...exNo.serviceLevels, { ...exNo.serviceLevels[0], rank: 3 }]),
    error: {
      path: 'serviceLevels[2].code',
      code: 'DUPLICATE_CODE',
      params: { item: 'SERVICE_LEVEL', code: 'STANDARD', list: 'serviceLevels', first: 0 },
      message: 'Duplicate service level code "STANDARD": serviceLevels[0] already has it.',
    },
  },
  {
    name: 'a service-package code twice',
    input: after(['servicePackages'], [...exNo.servicePackages, exNo.servicePackages[0]]),
    error: {
      path: 'servicePackages[2].code',
      code: 'DUPLICATE_CODE',
      params: { item: 'SERVICE_PACKAGE', code: 'LONN', list: 'servicePackages', first: 0 },
      message: 'Duplicate service package code "LONN": servicePackages[0] already has it.',
    },
  },
  {
    name: 'a rank twice',
    input: after(['serviceLevels', 1, 'rank'], 1),
    error: {
      path: 'serviceLevels[1].rank',
      code: 'DUPLICATE_RANK',
      params: { rank: 1, first: 0 },
      message:
        'Rank 1 is already used by serviceLevels[0]; ranks must be unique so that the default level is clear.',
    },
  },
  {
    name: 'two limits on one driver',
    input: after(
      ['services', 1, 'limits'],
      [
        { driver: 'PAYSLIPS', min: '1' },
        { driver: 'PAYSLIPS', max: '5000' },
      ],
    ),
    error: {
      path: 'services[1].limits[1].driver',
      code: 'DUPLICATE_LIMIT',
      params: { driver: 'PAYSLIPS', first: 0 },
      message:
        'The limits already have an entry for driver "PAYSLIPS" (limits[0]); give one limit per driver.',
    },
  },
  {
    name: 'a package item twice',
    input: after(['servicePackages', 1, 'items'], [...exNo.servicePackages[1].items, { service: 'PAY-RUN' }]),
    error: {
      path: 'servicePackages[1].items[3].service',
      code: 'DUPLICATE_PACKAGE_ITEM',
      params: { service: 'PAY-RUN', first: 1 },
      message: 'Service "PAY-RUN" is already an item of this package (items[1]); list each service once.',
    },
  },
  {
    name: 'an unknown category',
    input: after(['services', 2, 'category'], 'ACCOUNTS'),
    error: {
      path: 'services[2].category',
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'CATEGORY', code: 'ACCOUNTS' },
      message: 'Unknown category "ACCOUNTS": no category in this document has that code.',
    },
  },
  {
    name: 'an unknown service',
    input: after(['services', 3, 'requires', 0, 0], 'ACC-OUT'),
    error: {
      path: 'services[3].requires[0][0]',
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'SERVICE', code: 'ACC-OUT' },
      message: 'Unknown service "ACC-OUT": no service in this document has that code.',
    },
  },
  {
    name: 'an unknown service level',
    input: after(['servicePackages', 1, 'serviceLevel'], 'PREMIUM'),
    error: {
      path: 'servicePackages[1].serviceLevel',
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'SERVICE_LEVEL', code: 'PREMIUM' },
      message: 'Unknown service level "PREMIUM": no service level in this document has that code.',
    },
  },
  {
    name: 'a misspelt driver',
    input: after([...graduated, 'driver'], 'PAYSLIP'),
    error: {
      path: 'services[1].priceComponents[0].driver',
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'DRIVER', code: 'PAYSLIP', suggestion: 'PAYSLIPS' },
      message: 'Unknown driver "PAYSLIP": no driver in this document has that code. Did you mean "PAYSLIPS"?',
    },
  },
  {
    name: 'a service that excludes itself',
    input: after(['services', 4, 'excludes'], ['PURCHASE', 'ADVISORY']),
    error: {
      path: 'services[4].excludes[1]',
      code: 'SELF_EXCLUSION',
      params: { service: 'ADVISORY' },
      message: 'Service "ADVISORY" cannot exclude itself.',
    },
  },
  {
    name: 'a CORE service among the allowed add-ons',
    input: after(['servicePackages', 0, 'allowedAddOns'], ['ADVISORY', 'PAY-RUN']),
    error: {
      path: 'servicePackages[0].allowedAddOns[1]',
      code: 'CORE_SERVICE_AS_ADD_ON',
      params: { service: 'PAY-RUN' },
      message: 'Service "PAY-RUN" is a CORE service; "allowedAddOns" may only list ADDON services.',
    },
  },
  {
    name: 'a requirement cycle',
    input: after(['services', 0, 'requires'], [['PAY-RUN']]),
    error: {
      path: 'services[0].requires',
      code: 'REQUIRES_CYCLE',
      params: { service: 'PAY-BASE', chain: 'PAY-BASE → PAY-RUN → PAY-BASE' },
      message:
        'Service "PAY-BASE" requires itself through a chain of single-member requires groups: PAY-BASE → PAY-RUN → PAY-BASE.',
    },
  },
  {
    name: 'a requirement on a service it excludes',
    input: after(['services', 3, 'excludes'], ['ACC-INV']),
    error: {
      path: 'services[3].requires[0][0]',
      code: 'REQUIRES_EXCLUDED_SERVICE',
      params: { service: 'PURCHASE', required: 'ACC-INV' },
      message:
        'Service "PURCHASE" requires "ACC-INV", which it excludes; "PURCHASE" could never be selected.',
    },
  },
  {
    name: 'a requirement on a service that excludes it',
    input: after(['services', 2, 'excludes'], ['PURCHASE']),
    error: {
      path: 'services[3].requires[0][0]',
      code: 'REQUIRES_EXCLUDING_SERVICE',
      params: { service: 'PURCHASE', required: 'ACC-INV' },
      message:
        'Service "PURCHASE" requires "ACC-INV", which excludes it; "PURCHASE" could never be selected.',
    },
  },
  {
    name: 'a price with 13 digits before the point',
    input: after([...flat, 'amount'], '1234567890123'),
    error: {
      path: 'services[0].priceComponents[0].amount',
      code: 'TOO_MANY_DIGITS',
      params: { field: 'amount', maxDigits: 12, decimal: '1234567890123' },
      message: '"amount" must have at most 12 digits before the decimal point (1234567890123).',
    },
  },
  {
    name: 'a name of 201 characters',
    input: after(['categories', 0, 'name', 'en'], 'x'.repeat(201)),
    error: {
      path: 'categories[0].name.en',
      code: 'TEXT_TOO_LONG',
      params: { field: 'en', max: 200 },
      message: '"en" must have at most 200 characters.',
    },
  },
  {
    name: 'a right-to-left override in a name',
    input: after(['categories', 0, 'name', 'en'], 'Pay\u202Eroll'),
    error: {
      path: 'categories[0].name.en',
      code: 'FORBIDDEN_CHARACTER',
      params: { field: 'en', character: 'U+202E', position: 4 },
      message:
        '"en" must not contain control, invisible or text-direction characters (U+202E at character 4).',
    },
  },
  {
    name: 'a price component with 51 tiers',
    input: after(
      tiers,
      Array.from({ length: 51 }, () => ({ upTo: null, unitPrice: '1' })),
    ),
    error: {
      path: 'services[1].priceComponents[0].tiers',
      code: 'TOO_MANY_ENTRIES',
      params: { field: 'tiers', max: 50, count: 51 },
      message: '"tiers" has 51 entries; at most 50 are allowed.',
    },
  },
  {
    name: 'more than 10,000 tiers in all',
    input: manyTiers(210, 50),
    error: {
      path: '',
      code: 'TOO_MANY_TIERS_IN_ALL',
      params: { max: 10_000, count: 10_506 },
      message: 'The price components have 10506 tiers in all; a catalogue may have at most 10000.',
    },
  },
];

/** EX-NO (6 tiers) with `services` copies of its graduated service, each with one component of `tiers` tiers. */
function manyTiers(services: number, tierCount: number): unknown {
  const document = structuredClone(exNo) as unknown as { services: Record<string, unknown>[] };
  const component = { model: 'GRADUATED', period: 'MONTHLY', driver: 'PAYSLIPS', label: { en: 'x' } };
  const tierList = Array.from({ length: tierCount }, (_, i) => ({
    upTo: i === tierCount - 1 ? null : String(i + 1),
    unitPrice: '1',
  }));
  const extra = Array.from({ length: services }, (_, i) => ({
    ...document.services[1],
    code: `X${i}`,
    priceComponents: [{ ...component, tiers: tierList }],
  }));
  document.services.push(...extra);
  return document;
}

describe('document errors: each code as the validator reports it', () => {
  it.each(CASES)('$error.code: $name', ({ input, error }) => {
    expect(validateCatalogueDocument(input).errors).toEqual([error]);
  });

  it('has a case for every code, and for every code with a suggestion sentence, one with a suggestion', () => {
    expect(new Set(CASES.map((c) => c.error.code))).toEqual(new Set(DOCUMENT_ERROR_CODES));
    const suggested = CASES.filter((c) => c.error.params.suggestion !== undefined).map((c) => c.error.code);
    expect(new Set(suggested)).toEqual(new Set(Object.keys(ENGLISH_DOCUMENT_ERRORS.withSuggestion)));
  });

  it('has a case for every word of the phrase tables', () => {
    for (const [name, words] of Object.entries(DOCUMENT_ERROR_PHRASES)) {
      const used = new Set(CASES.map((c) => c.error.params[name]).filter((word) => word !== undefined));
      expect([name, used]).toEqual([name, new Set(words)]);
    }
  });
});

describe('the English texts', () => {
  it('have a sentence for every code and for no other', () => {
    expect(Object.keys(ENGLISH_DOCUMENT_ERRORS.codes).sort()).toEqual([...DOCUMENT_ERROR_CODES].sort());
    for (const code of Object.keys(ENGLISH_DOCUMENT_ERRORS.withSuggestion))
      expect(DOCUMENT_ERROR_CODES).toContain(code);
  });

  it('have a phrase for every word the params may hold', () => {
    for (const [name, words] of Object.entries(DOCUMENT_ERROR_PHRASES)) {
      const phrases = ENGLISH_DOCUMENT_ERRORS.phrases[name as keyof typeof DOCUMENT_ERROR_PHRASES];
      expect([name, Object.keys(phrases).sort()]).toEqual([name, [...words].sort()]);
    }
  });

  it('need no other param for a suggestion than the suggestion itself', () => {
    for (const [code, text] of Object.entries(ENGLISH_DOCUMENT_ERRORS.withSuggestion)) {
      const plain = placeholdersOf(ENGLISH_DOCUMENT_ERRORS.codes[code as DocumentErrorCode]);
      const extra = placeholdersOf(text).filter((name) => !plain.includes(name));
      expect([code, extra]).toEqual([code, ['suggestion']]);
    }
  });

  it('fill every placeholder in the cases', () => {
    for (const { error } of CASES) expect(error.message).not.toMatch(/\{\{|\}\}/);
  });

  it('leave a placeholder without its param visible rather than inventing a value', () => {
    expect(englishDocumentErrorMessage('REQUIRED_FIELD', {})).toBe('Required field "{{field}}" is missing.');
  });

  it('do not read placeholders inside the params', () => {
    expect(englishDocumentErrorMessage('UNKNOWN_FIELD', { key: '"{{allowed}}"', allowed: 'code' })).toBe(
      'Unknown field "{{allowed}}". The fields allowed here are: code.',
    );
  });
});

describe('isDocumentErrorCode', () => {
  it('knows the codes of this version and nothing else', () => {
    expect(DOCUMENT_ERROR_CODES.every(isDocumentErrorCode)).toBe(true);
    expect(isDocumentErrorCode('SOMETHING_NEWER')).toBe(false);
    expect(isDocumentErrorCode(undefined)).toBe(false);
  });
});
