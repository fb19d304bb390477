import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changed, changedAll, fixture } from '../../test/catalogue-fixtures.js';
import type { JsonPath } from './validation/json-path.js';
import { validateCatalogueDocument } from './validate-catalogue.js';

const exNo = fixture('ex-no');
const exDk = fixture('ex-dk');

const pathsOf = (input: unknown): string[] =>
  validateCatalogueDocument(input).errors.map((error) => error.path);
/** The errors as path and English message; their codes and params are checked in document-errors.spec.ts. */
const errorsOf = (input: unknown) =>
  validateCatalogueDocument(input).errors.map(({ path, message }) => ({ path, message }));
/** The paths of the errors after one change to EX-NO. */
const pathsAfter = (path: JsonPath, value: unknown): string[] => pathsOf(changed(exNo, path, value));

describe('validateCatalogueDocument: valid documents', () => {
  it('accepts the EX-NO fixture and returns it as a copy', () => {
    const result = validateCatalogueDocument(exNo);
    expect(result.errors).toEqual([]);
    expect(result.document).toEqual(exNo);
    expect(result.document).not.toBe(exNo);
  });

  it("accepts DESIGN's EX-DK example document", () => {
    const result = validateCatalogueDocument(exDk);
    expect(result.errors).toEqual([]);
    expect(result.document).toEqual(exDk);
  });

  it('accepts null wherever a field may be null', () => {
    const input = changedAll(exNo, [
      [['validFrom'], null],
      [['serviceLevels', 0, 'targets', 0, 'service'], null],
      [['services', 0, 'priceComponents', 0, 'driver'], null],
      [['services', 0, 'priceComponents', 0, 'unitPrice'], null],
      [['services', 0, 'priceComponents', 0, 'tiers'], null],
      [['services', 0, 'priceComponents', 0, 'minimumCharge'], null],
      [['services', 0, 'priceComponents', 0, 'toYear'], null],
      [['services', 1, 'limits', 0, 'min'], null],
      [['servicePackages', 0, 'serviceLevel'], null],
      [['servicePackages', 0, 'items', 1, 'included'], null],
      [['servicePackages', 0, 'allowedAddOns'], null],
    ]);
    expect(errorsOf(input)).toEqual([]);
  });

  it('does not change its input', () => {
    const frozen = deepFreeze(changed(exNo, ['services', 0, 'kind'], 'CROE'));
    expect(() => validateCatalogueDocument(frozen)).not.toThrow();
  });
});

describe('validateCatalogueDocument: the root', () => {
  it.each([[null], [[]], ['{}'], [42], [true], [undefined]])(
    'refuses %j with one error at the root path ""',
    (input) => {
      const result = validateCatalogueDocument(input);
      expect(result.document).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].path).toBe('');
      expect(result.errors[0].message).toMatch(/^The catalogue document must be a JSON object, not /);
    },
  );

  it('lists every missing top-level field of an empty object', () => {
    expect(pathsOf({})).toEqual([
      'provider',
      'categories',
      'drivers',
      'serviceLevels',
      'services',
      'servicePackages',
    ]);
    expect(errorsOf({})[0].message).toBe('Required field "provider" is missing.');
  });
});

describe('validateCatalogueDocument: fields', () => {
  it('reports an unknown field with a suggestion, and the field it misspells as missing', () => {
    const component = ['services', 0, 'priceComponents', 0];
    const input = changedAll(exNo, [
      [[...component, 'amount'], undefined],
      [[...component, 'ammount'], '8000.00'],
    ]);
    expect(errorsOf(input)).toEqual([
      {
        path: 'services[0].priceComponents[0].ammount',
        message: 'Unknown field "ammount". Did you mean "amount"?',
      },
      { path: 'services[0].priceComponents[0].amount', message: 'A FLAT price component needs "amount".' },
    ]);
  });

  it('lists the allowed fields when an unknown field resembles none', () => {
    const [error] = errorsOf(changed(exNo, ['provider', 'website'], 'https://example.org'));
    expect(error).toEqual({
      path: 'provider.website',
      message: 'Unknown field "website". The fields allowed here are: code, name, country, currency, locale.',
    });
  });

  it.each<[JsonPath, unknown]>([
    [['services', 0, 'kind'], 'CROE'],
    [['services', 0, 'status'], 'RETIRED'],
    [['services', 0, 'priceComponents', 0, 'model'], 'TIERED'],
    [['services', 0, 'priceComponents', 0, 'period'], 'ANNUAL'],
    [['services', 1, 'responsibilities', 0, 'party'], 'BOTH'],
    [['services', 0, 'kind'], 'core'],
  ])('refuses a value outside its enum at %j', (path, value) => {
    expect(pathsAfter(path, value)).toEqual([formatted(path)]);
  });

  it('names the allowed values and the likely one', () => {
    expect(errorsOf(changed(exNo, ['services', 0, 'kind'], 'CROE'))[0].message).toBe(
      '"kind" must be one of CORE, ADDON, not the string "CROE". Did you mean "CORE"?',
    );
  });

  it.each<[JsonPath, unknown]>([
    [['drivers', 0, 'integer'], 'true'],
    [['provider', 'name'], ''],
    [['provider', 'name'], 7],
    [['services', 0, 'requires'], 'PAY-RUN'],
    [['services', 0, 'priceComponents'], {}],
    [['servicePackages', 0, 'items'], null],
    [['services', 0, 'status'], null],
    [['services', 0, 'description'], null],
    [['serviceLevels', 1, 'targets', 0], 'FAST'],
  ])('refuses a value of the wrong JSON type at %j', (path, value) => {
    expect(pathsAfter(path, value)).toEqual([formatted(path)]);
  });

  it('says that null is not allowed where a field has a default', () => {
    expect(errorsOf(changed(exNo, ['services', 0, 'status'], null))[0].message).toBe(
      '"status" must not be null; leave it out to use the default.',
    );
  });
});

describe('validateCatalogueDocument: integers', () => {
  it.each<[JsonPath, unknown]>([
    [['serviceLevels', 0, 'rank'], '1'],
    [['serviceLevels', 0, 'rank'], 1.5],
    [['services', 3, 'priceComponents', 0, 'fromYear'], 0],
    [['services', 3, 'priceComponents', 0, 'fromYear'], '1'],
    [['services', 3, 'priceComponents', 0, 'toYear'], 1.5],
  ])('refuses %j = %j', (path, value) => {
    expect(pathsAfter(path, value)).toEqual([formatted(path)]);
  });

  it('refuses a toYear before the fromYear, with fromYear defaulting to 1', () => {
    expect(errorsOf(changed(exNo, ['services', 3, 'priceComponents', 1, 'toYear'], 1))).toEqual([
      {
        path: 'services[3].priceComponents[1].toYear',
        message: '"toYear" (1) must not be before "fromYear" (2).',
      },
    ]);
    expect(pathsAfter(['services', 3, 'priceComponents', 0, 'toYear'], 0)).toEqual([
      'services[3].priceComponents[0].toYear',
    ]);
  });

  it('refuses fromYear 0 with its own message', () => {
    expect(errorsOf(changed(exNo, ['services', 3, 'priceComponents', 0, 'fromYear'], 0))[0].message).toBe(
      '"fromYear" must be at least 1, not 0.',
    );
  });
});

describe('validateCatalogueDocument: decimals', () => {
  const amount: JsonPath = ['services', 0, 'priceComponents', 0, 'amount'];

  it('refuses a JSON number where a decimal string belongs', () => {
    expect(errorsOf(changed(exNo, amount, 8000))).toEqual([
      {
        path: 'services[0].priceComponents[0].amount',
        message:
          '"amount" must be a decimal string, e.g. "38.00", not the JSON number 8000; put the number in quotes.',
      },
    ]);
    expect(pathsAfter(['services', 1, 'priceComponents', 0, 'tiers', 0, 'upTo'], 500)).toEqual([
      'services[1].priceComponents[0].tiers[0].upTo',
    ]);
    expect(pathsAfter(['serviceLevels', 1, 'surchargePercent'], 8)).toEqual([
      'serviceLevels[1].surchargePercent',
    ]);
    expect(pathsAfter(['serviceLevels', 0, 'targets', 0, 'value'], 2)).toEqual([
      'serviceLevels[0].targets[0].value',
    ]);
  });

  it.each(['1,5', '1e3', '1E3', '+5', ' 5', '5 ', '1 000', '.5', '5.', '', 'abc', '0x10', 'NaN', 'Infinity'])(
    'refuses the malformed decimal %j',
    (text) => {
      const errors = errorsOf(changed(exNo, amount, text));
      expect(errors).toEqual([
        {
          path: 'services[0].priceComponents[0].amount',
          message: expect.stringContaining('plain decimal string'),
        },
      ]);
    },
  );

  // DESIGN, "Limits at every entry point": 12 digits before the point and 6 after, as written.
  it.each(['0', '5', '5.5', '38.00', '0.000001', '999999999999.999999', '000000000001.100000'])(
    'accepts the price %j',
    (text) => {
      expect(pathsAfter(amount, text)).toEqual([]);
    },
  );

  it.each<[JsonPath, string]>([
    [amount, '-8000.00'],
    [['services', 1, 'priceComponents', 0, 'tiers', 1, 'unitPrice'], '-22.00'],
    [['services', 1, 'priceComponents', 0, 'tiers', 1, 'flatFee'], '-400.00'],
    [['services', 1, 'priceComponents', 0, 'minimumCharge'], '-1'],
    [['services', 3, 'priceComponents', 2, 'unitPrice'], '-40.00'],
    [['serviceLevels', 1, 'surchargePercent'], '-8'],
    [['servicePackages', 1, 'discountPercent'], '-5'],
    [['services', 1, 'limits', 0, 'min'], '-1'],
    [['serviceLevels', 0, 'targets', 0, 'value'], '-2'],
  ])('refuses a negative value at %j', (path, value) => {
    const errors = errorsOf(changed(exNo, path, value));
    expect(errors).toEqual([
      {
        path: formatted(path),
        message: `"${String(path[path.length - 1])}" must not be negative (${value}).`,
      },
    ]);
  });

  it.each<[JsonPath, string]>([
    [['services', 1, 'priceComponents', 0, 'tiers', 0, 'upTo'], '500.0000001'],
    [['services', 1, 'limits', 0, 'min'], '1.1234567'],
    [['servicePackages', 0, 'items', 1, 'included', 'PAYSLIPS'], '50.1234567'],
  ])('refuses a quantity with more than 6 decimals at %j', (path, value) => {
    expect(pathsAfter(path, value)).toEqual([formatted(path)]);
    expect(pathsAfter(path, value.slice(0, -1))).toEqual([]);
  });

  it('refuses a discount above 100 and accepts 100', () => {
    expect(errorsOf(changed(exNo, ['servicePackages', 1, 'discountPercent'], '100.01'))).toEqual([
      {
        path: 'servicePackages[1].discountPercent',
        message: '"discountPercent" must be at most 100, not 100.01.',
      },
    ]);
    expect(pathsAfter(['servicePackages', 1, 'discountPercent'], '100')).toEqual([]);
    expect(pathsAfter(['servicePackages', 1, 'discountPercent'], '100.000')).toEqual([]);
  });

  it('accepts a surcharge above 100', () => {
    expect(pathsAfter(['serviceLevels', 1, 'surchargePercent'], '150')).toEqual([]);
  });
});

describe('validateCatalogueDocument: provider, date and text', () => {
  it.each<[string, unknown]>([
    ['code', 'ex-no'],
    ['code', 'EX_NO'],
    ['code', 'EX--NO'],
    ['country', 'XX'],
    ['country', 'no'],
    ['country', 'NOR'],
    ['country', 'UK'],
    ['currency', 'NKR'],
    ['currency', 'nok'],
    ['locale', 'dk'],
    ['locale', 'NB'],
    ['locale', 'nb_NO'],
    ['locale', 'en-gb'],
  ])('refuses provider.%s %j', (field, value) => {
    expect(pathsAfter(['provider', field], value)).toEqual([`provider.${field}`]);
  });

  it('names the currencies the catalogue supports', () => {
    expect(errorsOf(changed(exNo, ['provider', 'currency'], 'NKR'))[0].message).toBe(
      '"currency" must be a supported ISO 4217 currency code (DKK, NOK, SEK, EUR, ISK, GBP, USD, CHF); "NKR" is not.',
    );
  });

  it.each<[string, unknown]>([
    ['country', 'IS'],
    ['country', 'DE'],
    ['currency', 'ISK'],
    ['currency', 'EUR'],
    ['locale', 'is'],
    ['locale', 'nn'],
    ['locale', 'en-GB'],
    ['locale', 'smj'],
  ])('accepts provider.%s %j', (field, value) => {
    expect(pathsAfter(['provider', field], value)).toEqual([]);
  });

  it.each([
    '2027-02-29',
    '2027-13-01',
    '2027-04-31',
    '2027-00-10',
    '27-01-01',
    '2027-1-1',
    '2027-01-01T00:00:00Z',
    '01.01.2027',
  ])('refuses the validFrom %j', (date) => {
    expect(pathsAfter(['validFrom'], date)).toEqual(['validFrom']);
  });

  it('accepts a leap day and an absent validFrom', () => {
    expect(pathsAfter(['validFrom'], '2028-02-29')).toEqual([]);
    expect(pathsAfter(['validFrom'], undefined)).toEqual([]);
  });

  it('checks localized text: English present, language keys, non-empty strings', () => {
    const name = ['categories', 0, 'name'];
    expect(errorsOf(changed(exNo, name, { nb: 'Lønn' }))).toEqual([
      { path: 'categories[0].name', message: '"name" needs an English text ("en").' },
    ]);
    expect(pathsAfter(name, { en: '  ' })).toEqual(['categories[0].name.en']);
    expect(pathsAfter(name, { en: 'Payroll', dk: 'Løn' })).toEqual(['categories[0].name.dk']);
    expect(errorsOf(changed(exNo, name, { en: 'Payroll', dk: 'Løn' }))[0].message).toContain(
      'Did you mean "da"?',
    );
    expect(pathsAfter(name, { en: 'Payroll', 'nb-NO': 'Lønn', se: 'Bálká' })).toEqual([]);
    expect(pathsAfter(name, 'Payroll')).toEqual(['categories[0].name']);
  });

  it.each<[JsonPath, string]>([
    [['categories', 0, 'code'], 'payroll'],
    [['drivers', 0, 'code'], 'PAY SLIPS'],
    [['serviceLevels', 0, 'code'], 'Standard'],
    [['services', 4, 'code'], 'ADVISORY!'],
    [['servicePackages', 0, 'code'], '-LONN'],
    [['serviceLevels', 0, 'targets', 0, 'unit'], 'working days'],
  ])('refuses the malformed code at %j', (path, value) => {
    expect(pathsAfter(path, value)[0]).toBe(formatted(path));
  });

  it('leaves references to a malformed code unresolved', () => {
    expect(errorsOf(changed(exNo, ['serviceLevels', 0, 'code'], 'Standard'))).toEqual([
      {
        path: 'serviceLevels[0].code',
        message:
          '"code" must be a code of upper-case letters, digits, "-" and "_", e.g. "PAY-BASE"; "Standard" is not.',
      },
      {
        path: 'servicePackages[0].serviceLevel',
        message: 'Unknown service level "STANDARD": no service level in this document has that code.',
      },
    ]);
  });
});

describe('validateCatalogueDocument: duplicates', () => {
  it.each<[string, number]>([
    ['categories', 0],
    ['drivers', 0],
    ['services', 0],
    ['servicePackages', 0],
  ])('refuses a second %s entry with an existing code', (list, index) => {
    const entries = (exNo as unknown as Record<string, unknown[]>)[list];
    const input = changed(exNo, [list], [...entries, entries[index]]);
    expect(pathsOf(input)).toEqual([`${list}[${entries.length}].code`]);
  });

  it('refuses a duplicate service-level code and a duplicate rank', () => {
    const copy = { ...exNo.serviceLevels[0], rank: 3 };
    expect(errorsOf(changed(exNo, ['serviceLevels'], [...exNo.serviceLevels, copy]))).toEqual([
      {
        path: 'serviceLevels[2].code',
        message: 'Duplicate service level code "STANDARD": serviceLevels[0] already has it.',
      },
    ]);
    expect(errorsOf(changed(exNo, ['serviceLevels', 1, 'rank'], 1))).toEqual([
      {
        path: 'serviceLevels[1].rank',
        message:
          'Rank 1 is already used by serviceLevels[0]; ranks must be unique so that the default level is clear.',
      },
    ]);
  });

  it('refuses a package item listed twice', () => {
    const items = [...exNo.servicePackages[1].items, { service: 'PAY-RUN' }];
    expect(errorsOf(changed(exNo, ['servicePackages', 1, 'items'], items))).toEqual([
      {
        path: 'servicePackages[1].items[3].service',
        message: 'Service "PAY-RUN" is already an item of this package (items[1]); list each service once.',
      },
    ]);
  });

  it('refuses two limits on one driver', () => {
    const limits = [
      { driver: 'PAYSLIPS', min: '1' },
      { driver: 'PAYSLIPS', max: '5000' },
    ];
    expect(pathsAfter(['services', 1, 'limits'], limits)).toEqual(['services[1].limits[1].driver']);
  });
});

describe('validateCatalogueDocument: references', () => {
  it.each<[JsonPath, unknown, string]>([
    [
      ['services', 2, 'category'],
      'ACCOUNTS',
      'Unknown category "ACCOUNTS": no category in this document has that code.',
    ],
    [
      ['services', 1, 'priceComponents', 0, 'driver'],
      'PAYSLIP',
      'Unknown driver "PAYSLIP": no driver in this document has that code. Did you mean "PAYSLIPS"?',
    ],
    [
      ['services', 1, 'limits', 0, 'driver'],
      'EMPLOYEES',
      'Unknown driver "EMPLOYEES": no driver in this document has that code.',
    ],
    [
      ['services', 3, 'requires', 0, 0],
      'ACC-OUT',
      'Unknown service "ACC-OUT": no service in this document has that code.',
    ],
    [
      ['services', 3, 'excludes'],
      ['TRAVEL'],
      'Unknown service "TRAVEL": no service in this document has that code.',
    ],
    [
      ['serviceLevels', 1, 'targets', 1, 'service'],
      'ACC-INVS',
      'Unknown service "ACC-INVS": no service in this document has that code. Did you mean "ACC-INV"?',
    ],
    [
      ['servicePackages', 1, 'serviceLevel'],
      'PREMIUM',
      'Unknown service level "PREMIUM": no service level in this document has that code.',
    ],
    [
      ['servicePackages', 1, 'items', 2, 'service'],
      'ACC-OUT',
      'Unknown service "ACC-OUT": no service in this document has that code.',
    ],
    [
      ['servicePackages', 0, 'allowedAddOns'],
      ['ADVISORY', 'TRAVEL'],
      'Unknown service "TRAVEL": no service in this document has that code.',
    ],
  ])('refuses an unknown code at %j', (path, value, message) => {
    const errors = errorsOf(changed(exNo, path, value));
    const expectedPath = Array.isArray(value) ? `${formatted(path)}[${value.length - 1}]` : formatted(path);
    expect(errors).toEqual([{ path: expectedPath, message }]);
  });

  it('refuses an unknown driver among the included quantities, at its key', () => {
    expect(pathsAfter(['servicePackages', 0, 'items', 1, 'included'], { PAYSLIPS: '50', USER: '3' })).toEqual(
      ['servicePackages[0].items[1].included.USER'],
    );
  });

  it('refuses a CORE service among the allowed add-ons', () => {
    expect(errorsOf(changed(exNo, ['servicePackages', 0, 'allowedAddOns'], ['ADVISORY', 'PAY-RUN']))).toEqual(
      [
        {
          path: 'servicePackages[0].allowedAddOns[1]',
          message: 'Service "PAY-RUN" is a CORE service; "allowedAddOns" may only list ADDON services.',
        },
      ],
    );
  });

  it('refuses a service that excludes itself', () => {
    expect(errorsOf(changed(exNo, ['services', 4, 'excludes'], ['PURCHASE', 'ADVISORY']))).toEqual([
      { path: 'services[4].excludes[1]', message: 'Service "ADVISORY" cannot exclude itself.' },
    ]);
  });

  it('does not report a malformed code a second time as unknown', () => {
    expect(pathsAfter(['services', 2, 'category'], 'accounting')).toEqual(['services[2].category']);
  });
});

describe('validateCatalogueDocument: price components', () => {
  const flat: JsonPath = ['services', 0, 'priceComponents', 0];
  const perUnit: JsonPath = ['services', 3, 'priceComponents', 2];
  const graduated: JsonPath = ['services', 1, 'priceComponents', 0];
  const tiers: JsonPath = [...graduated, 'tiers'];

  it.each<[string, JsonPath, unknown, string]>([
    [
      'FLAT with a driver',
      [...flat, 'driver'],
      'PAYSLIPS',
      'A FLAT price component has no "driver"; remove it or change the model.',
    ],
    [
      'FLAT with a unit price',
      [...flat, 'unitPrice'],
      '5',
      'A FLAT price component has no "unitPrice"; remove it or change the model.',
    ],
    ['FLAT without an amount', [...flat, 'amount'], undefined, 'A FLAT price component needs "amount".'],
    ['FLAT with a null amount', [...flat, 'amount'], null, 'A FLAT price component needs "amount".'],
    [
      'PER_UNIT without a unit price',
      [...perUnit, 'unitPrice'],
      undefined,
      'A PER_UNIT price component needs "unitPrice".',
    ],
    [
      'PER_UNIT without a driver',
      [...perUnit, 'driver'],
      undefined,
      'A PER_UNIT price component needs "driver".',
    ],
    [
      'PER_UNIT with an amount',
      [...perUnit, 'amount'],
      '5',
      'A PER_UNIT price component has no "amount"; remove it or change the model.',
    ],
    ['GRADUATED without tiers', tiers, undefined, 'A GRADUATED price component needs "tiers".'],
    ['GRADUATED with no tier', tiers, [], 'A GRADUATED price component needs at least one tier.'],
    [
      'GRADUATED with a unit price',
      [...graduated, 'unitPrice'],
      '5',
      'A GRADUATED price component has no "unitPrice"; remove it or change the model.',
    ],
  ])('refuses %s', (_, path, value, message) => {
    expect(errorsOf(changed(exNo, path, value))).toEqual([{ path: formatted(path), message }]);
  });

  it('refuses tiers whose upTo does not rise strictly', () => {
    expect(errorsOf(changed(exNo, [...tiers, 1, 'upTo'], '500'))).toEqual([
      {
        path: 'services[1].priceComponents[0].tiers[1].upTo',
        message:
          '"upTo" must be greater than the previous tier\'s upTo ("500"); tiers go in strictly ascending order.',
      },
    ]);
    expect(pathsAfter([...tiers, 1, 'upTo'], '499.99')).toEqual([
      'services[1].priceComponents[0].tiers[1].upTo',
    ]);
    expect(pathsAfter([...tiers, 1, 'upTo'], '500.000001')).toEqual([]);
  });

  it('refuses a last tier with a limit', () => {
    expect(errorsOf(changed(exNo, [...tiers, 2, 'upTo'], '10000'))).toEqual([
      {
        path: 'services[1].priceComponents[0].tiers[2].upTo',
        message:
          'The last tier must have "upTo": null (no limit), not "10000", so that every quantity has a price.',
      },
    ]);
  });

  it('refuses an open tier before the last one', () => {
    expect(pathsAfter([...tiers, 1, 'upTo'], null)).toEqual(['services[1].priceComponents[0].tiers[1].upTo']);
  });

  it('refuses a tier without upTo', () => {
    expect(errorsOf(changed(exNo, [...tiers, 2, 'upTo'], undefined))).toEqual([
      { path: 'services[1].priceComponents[0].tiers[2].upTo', message: 'Required field "upTo" is missing.' },
    ]);
  });

  it('refuses a limit whose max is below its min', () => {
    expect(
      errorsOf(changed(exNo, ['services', 1, 'limits', 0], { driver: 'PAYSLIPS', min: '10', max: '9.5' })),
    ).toEqual([
      { path: 'services[1].limits[0].max', message: '"max" (9.5) must not be less than "min" (10).' },
    ]);
  });
});

describe('validateCatalogueDocument: requirements', () => {
  it('refuses a cycle A → B → A at the requires of its first service', () => {
    expect(errorsOf(changed(exNo, ['services', 0, 'requires'], [['PAY-RUN']]))).toEqual([
      {
        path: 'services[0].requires',
        message:
          'Service "PAY-BASE" requires itself through a chain of single-member requires groups: PAY-BASE → PAY-RUN → PAY-BASE.',
      },
    ]);
  });

  it('names a longer chain, starting at its first service in the document', () => {
    const input = changedAll(exNo, [
      [['services', 2, 'requires'], [['PAY-RUN']]],
      [
        ['services', 0, 'requires'],
        [['ADVISORY'], ['ACC-INV']],
      ],
    ]);
    const errors = errorsOf(input);
    expect(errors.map((error) => error.path)).toEqual(['services[0].requires']);
    expect(errors[0].message).toContain('PAY-BASE → ACC-INV → PAY-RUN → PAY-BASE');
  });

  it('refuses a service that requires itself directly', () => {
    const [error] = errorsOf(changed(exNo, ['services', 4, 'requires'], [['ADVISORY']]));
    expect(error.path).toBe('services[4].requires');
    expect(error.message).toContain('ADVISORY → ADVISORY');
  });

  it('does not count groups with alternatives as a cycle', () => {
    expect(pathsAfter(['services', 0, 'requires'], [['PAY-RUN', 'ACC-INV']])).toEqual([]);
  });

  it('refuses an empty requires group, which no selection can satisfy', () => {
    expect(pathsAfter(['services', 1, 'requires'], [[]])).toEqual(['services[1].requires[0]']);
  });

  it('refuses a requirement on a service it excludes, in either direction', () => {
    expect(errorsOf(changed(exNo, ['services', 3, 'excludes'], ['ACC-INV']))).toEqual([
      {
        path: 'services[3].requires[0][0]',
        message:
          'Service "PURCHASE" requires "ACC-INV", which it excludes; "PURCHASE" could never be selected.',
      },
    ]);
    expect(errorsOf(changed(exNo, ['services', 2, 'excludes'], ['PURCHASE']))[0].message).toContain(
      'which excludes it',
    );
  });
});

describe('validateCatalogueDocument: many errors', () => {
  // EX-NO's PAY-BASE has no "requires", so the one added here is its last field and comes after its price components.
  it('lists every error at once, in document order, and returns no document', () => {
    const input = changedAll(exNo, [
      [['servicePackages', 1, 'discountPercent'], '105'],
      [['provider', 'currency'], 'NKR'],
      [['services', 1, 'priceComponents', 0, 'tiers', 2, 'upTo'], '9000'],
      [['drivers', 2, 'code'], 'PAYSLIPS'],
      [['services', 3, 'priceComponents', 2, 'driver'], 'USERS'],
      [['services', 0, 'priceComponents', 0, 'amount'], 8000],
      [['services', 0, 'requires'], [['PAY-RUN']]],
      [['validFrom'], '2027-02-30'],
      [['services', 2, 'kind'], 'BASIC'],
      [['services', 1, 'nmae'], { en: 'x' }],
    ]);
    const result = validateCatalogueDocument(input);
    expect(result.document).toBeNull();
    expect(result.errors.map((error) => error.path)).toEqual([
      'provider.currency',
      'validFrom',
      'drivers[2].code',
      'services[0].priceComponents[0].amount',
      'services[0].requires',
      'services[1].priceComponents[0].tiers[2].upTo',
      'services[1].nmae',
      'services[2].kind',
      'services[3].priceComponents[2].driver',
      'servicePackages[1].discountPercent',
    ]);
  });
});

describe('validateCatalogueDocument: robustness', () => {
  const leafPaths = collectPaths(exNo);

  it('never throws, and gives a document exactly when there is no error, whatever replaces any part of EX-NO', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leafPaths), fc.jsonValue(), (path, value) => {
        const result = validateCatalogueDocument(changed(exNo, path, value));
        expect(result.document === null).toBe(result.errors.length > 0);
        for (const error of result.errors) expect(error.message).toMatch(/^\S.*[.?]$/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateCatalogueDocument(input);
        expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

/** The path as DESIGN writes it, e.g. services[1].limits[0].max. */
function formatted(path: JsonPath): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

function collectPaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value)
    ? value.map((entry, i) => [i, entry] as const)
    : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => collectPaths(child, [...path, key]))].filter(
    (p) => p.length > 0,
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
