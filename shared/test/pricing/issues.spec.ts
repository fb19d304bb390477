/** DESIGN pricing rule 4: every issue code, when it is raised and when it is not. */
import { describe, expect, it } from 'vitest';
import type { ConfigurationIssue } from '../../src/pricing/index.js';
import { catalogue, flat, perUnit, price, volumes, type TestInput } from './catalogue-builder.js';

const codes = (issues: ConfigurationIssue[]) => issues.map((issue) => `${issue.code}:${issue.serviceCode}`);

describe('MISSING_DEPENDENCY', () => {
  const doc = catalogue()
    .service('A', [flat('1')], { requires: [['B', 'C'], ['D']] })
    .service('B', [flat('1')])
    .service('C', [flat('1')])
    .service('D', [flat('1')])
    .build();

  it('is raised per requires group with nothing selected, naming the group', () => {
    const result = price(doc, { serviceCodes: ['A'] });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'MISSING_DEPENDENCY',
        severity: 'ERROR',
        serviceCode: 'A',
        requiredAnyOf: ['B', 'C'],
      }),
      expect.objectContaining({
        code: 'MISSING_DEPENDENCY',
        severity: 'ERROR',
        serviceCode: 'A',
        requiredAnyOf: ['D'],
      }),
    ]);
    expect(result.issues[0].message).toBe('Service A (A) requires one of Service B (B), Service C (C)');
    expect(result.valid).toBe(false);
    // Still priced as far as it can be.
    expect(result.lines).toHaveLength(1);
  });

  it('is satisfied by any member of a group, also through the package', () => {
    const withPackage = catalogue()
      .service('A', [flat('1')], { requires: [['B', 'C']] })
      .service('B', [flat('1')])
      .service('C', [flat('1')])
      .servicePackage('P', ['C'])
      .build();
    expect(price(withPackage, { serviceCodes: ['A', 'B'] }).issues).toEqual([]);
    expect(price(withPackage, { servicePackageCode: 'P', serviceCodes: ['A'] }).issues).toEqual([]);
  });
});

describe('EXCLUDED_COMBINATION', () => {
  const build = (aExcludes: string[], bExcludes: string[]) =>
    catalogue()
      .service('A', [flat('1')], { excludes: aExcludes })
      .service('B', [flat('1')], { excludes: bExcludes })
      .service('C', [flat('1')])
      .build();

  it.each([
    ['A lists B, A first', ['B'], [], ['A', 'B'], 'A', 'B'],
    ['A lists B, B first', ['B'], [], ['B', 'A'], 'A', 'B'],
    ['only B lists A, A first', [], ['A'], ['A', 'B'], 'B', 'A'],
    ['both list each other, A first', ['B'], ['A'], ['A', 'B'], 'A', 'B'],
    ['both list each other, B first', ['B'], ['A'], ['B', 'A'], 'B', 'A'],
  ])('%s: one issue on %s', (_case, aExcludes, bExcludes, serviceCodes, on, other) => {
    const issues = price(build(aExcludes, bExcludes), { serviceCodes }).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'EXCLUDED_COMBINATION',
        severity: 'ERROR',
        serviceCode: on,
        otherServiceCode: other,
      }),
    ]);
  });

  it('is not raised when the excluded service is not selected', () => {
    expect(price(build(['B'], ['A']), { serviceCodes: ['A', 'C'] }).issues).toEqual([]);
  });
});

describe('MISSING_VOLUME', () => {
  const doc = catalogue()
    .driver('PAYSLIPS')
    .driver('USERS')
    .driver('HOURS', false)
    .service('A', [perUnit('PAYSLIPS', '1'), perUnit('PAYSLIPS', '2'), flat('5')], {
      limits: [{ driver: 'USERS', min: '1' }],
    })
    .service('B', [perUnit('PAYSLIPS', '1')])
    .service('LATER', [perUnit('HOURS', '1', { fromYear: 2 })])
    .build();

  it('is raised once per service and driver, for components and for limits', () => {
    const result = price(doc, { serviceCodes: ['A', 'B'] });
    expect(
      result.issues.map((i) => [i.code, i.serviceCode, 'driverCode' in i ? i.driverCode : null]),
    ).toEqual([
      ['MISSING_VOLUME', 'A', 'PAYSLIPS'],
      ['MISSING_VOLUME', 'A', 'USERS'],
      ['MISSING_VOLUME', 'B', 'PAYSLIPS'],
    ]);
    expect(result.issues[0].message).toBe('Service A (A) needs a volume for PAYSLIPS per month (PAYSLIPS)');
    // The components without their volume give no line; the FLAT one is still priced.
    expect(result.lines.map((line) => line.model)).toEqual(['FLAT']);
  });

  it('is not raised for a component outside the contract years', () => {
    expect(price(doc, { serviceCodes: ['LATER'] }).issues).toEqual([]);
    expect(codes(price(doc, { serviceCodes: ['LATER'], contractYears: 2 }).issues)).toEqual([
      'MISSING_VOLUME:LATER',
    ]);
  });

  it('is not raised when the volume is given, even as 0', () => {
    const input: TestInput = { serviceCodes: ['A', 'B'], volumes: volumes({ PAYSLIPS: '0', USERS: '1' }) };
    expect(price(doc, input).issues).toEqual([]);
  });
});

describe('VOLUME_OUT_OF_RANGE', () => {
  const doc = catalogue()
    .driver('USERS')
    .service('A', [perUnit('USERS', '1')], { limits: [{ driver: 'USERS', min: '10', max: '100' }] })
    .service('MIN_ONLY', [flat('1')], { limits: [{ driver: 'USERS', min: '50', max: null }] })
    .servicePackage('P', [{ service: 'A', included: { USERS: '95' } }])
    .build();
  const issuesAt = (quantity: string, serviceCodes = ['A']) =>
    price(doc, { serviceCodes, volumes: volumes({ USERS: quantity }) }).issues;

  it.each([
    ['9', 1],
    ['10', 0],
    ['100', 0],
    ['101', 1],
  ])('%s users against 10..100: %i issue(s)', (quantity, count) => {
    expect(issuesAt(quantity)).toHaveLength(count);
  });

  it('carries the driver, the quantity and both bounds', () => {
    expect(issuesAt('9')).toEqual([
      {
        code: 'VOLUME_OUT_OF_RANGE',
        severity: 'ERROR',
        serviceCode: 'A',
        driverCode: 'USERS',
        quantity: '9',
        min: '10',
        max: '100',
        message: 'Service A (A) takes at least 10 for USERS per month (USERS); 9 was given',
      },
    ]);
  });

  it('checks a limit without max, on a service whose price does not use the driver', () => {
    expect(codes(issuesAt('49', ['MIN_ONLY']))).toEqual(['VOLUME_OUT_OF_RANGE:MIN_ONLY']);
    expect(issuesAt('5000', ['MIN_ONLY'])).toEqual([]);
  });

  it('compares the raw quantity, before included quantities are deducted', () => {
    const result = price(doc, { servicePackageCode: 'P', volumes: volumes({ USERS: '101' }) });
    expect(codes(result.issues)).toEqual(['VOLUME_OUT_OF_RANGE:A']);
    expect(result.lines[0]).toMatchObject({ billableQuantity: '6', amount: '6.00' });
  });
});

describe('ADDON_NOT_ALLOWED', () => {
  const doc = catalogue()
    .service('CORE', [flat('1')])
    .service('CORE2', [flat('1')])
    .addOn('ALLOWED', [flat('1')])
    .addOn('OTHER', [flat('1')])
    .addOn('INCLUDED', [flat('1')])
    .servicePackage('P', ['CORE', 'INCLUDED'], { allowedAddOns: ['ALLOWED'] })
    .servicePackage('OPEN', ['CORE'])
    .servicePackage('CLOSED', ['CORE'], { allowedAddOns: [] })
    .build();

  it.each([
    ['an add-on outside allowedAddOns', 'P', ['OTHER'], ['ADDON_NOT_ALLOWED:OTHER']],
    ['an add-on in allowedAddOns', 'P', ['ALLOWED'], []],
    ['an add-on that is a package item', 'P', ['INCLUDED'], []],
    ['a CORE service', 'CLOSED', ['CORE2'], []],
    ['any add-on when allowedAddOns is left out (null)', 'OPEN', ['OTHER', 'ALLOWED'], []],
    [
      'every add-on when allowedAddOns is empty',
      'CLOSED',
      ['OTHER', 'ALLOWED'],
      ['ADDON_NOT_ALLOWED:OTHER', 'ADDON_NOT_ALLOWED:ALLOWED'],
    ],
    ['no add-on without a package', null, ['OTHER'], []],
  ])('%s', (_case, servicePackageCode, serviceCodes, expected) => {
    const result = price(doc, { servicePackageCode, serviceCodes });
    expect(codes(result.issues)).toEqual(expected);
  });

  it('names the package for the fix', () => {
    expect(price(doc, { servicePackageCode: 'P', serviceCodes: ['OTHER'] }).issues[0]).toMatchObject({
      servicePackageCode: 'P',
      severity: 'ERROR',
      message: 'The add-on Service OTHER (OTHER) is not available with the service package P',
    });
  });
});

describe('DEPRECATED_SERVICE', () => {
  it('is a warning: the configuration stays valid and priced', () => {
    const doc = catalogue()
      .service('OLD', [flat('10.00')], { status: 'DEPRECATED' })
      .service('NEW', [flat('1')])
      .build();
    const result = price(doc, { serviceCodes: ['OLD', 'NEW'] });
    expect(result.issues).toEqual([
      {
        code: 'DEPRECATED_SERVICE',
        severity: 'WARNING',
        serviceCode: 'OLD',
        message: 'Service OLD (OLD) is being phased out by the centre',
      },
    ]);
    expect(result.valid).toBe(true);
    expect(result.lines[0].amount).toBe('10.00');
  });
});

describe('issue order', () => {
  it('lists issues per service in selection order', () => {
    const doc = catalogue()
      .driver('USERS')
      .service('A', [perUnit('USERS', '1')], { status: 'DEPRECATED', requires: [['Z']] })
      .service('B', [flat('1')], { excludes: ['A'] })
      .service('Z', [flat('1')])
      .build();
    expect(codes(price(doc, { serviceCodes: ['B', 'A'] }).issues)).toEqual([
      'EXCLUDED_COMBINATION:B',
      'MISSING_DEPENDENCY:A',
      'MISSING_VOLUME:A',
      'DEPRECATED_SERVICE:A',
    ]);
  });
});
