/** compileCatalogue and the explanation every line carries. */
import { describe, expect, it } from 'vitest';
import { compileCatalogue, priceConfiguration } from '../../src/pricing/index.js';
import {
  catalogue,
  flat,
  graduated,
  lineOf,
  perUnit,
  price,
  PROVIDER,
  tiers,
  volumes,
} from './catalogue-builder.js';

describe('compileCatalogue', () => {
  it('indexes the document and knows its currency, version and default level', () => {
    const doc = catalogue('SEK')
      .driver('UNITS')
      .level('HIGH', 5, '10')
      .level('LOW', 2, '0')
      .service('A', [flat('1')])
      .build();
    const compiled = compileCatalogue(doc, 7);
    expect(compiled).toMatchObject({
      providerCode: PROVIDER,
      catalogueVersion: 7,
      currency: 'SEK',
      minorDigits: 2,
    });
    expect([...compiled.services.keys()]).toEqual(['A']);
    expect(compiled.defaultServiceLevel?.code).toBe('LOW');
    expect(
      priceConfiguration(compiled, { providerCode: PROVIDER, catalogueVersion: 7 }).catalogueVersion,
    ).toBe(7);
  });

  it('refuses a currency without known minor digits', () => {
    expect(() => compileCatalogue(catalogue('XXX').build(), 1)).toThrow('Unknown currency XXX');
  });

  it('does not keep the document: later edits to it change nothing', () => {
    const doc = catalogue()
      .service('A', [flat('100.00')])
      .build();
    const compiled = compileCatalogue(doc, 1);
    doc.services[0].priceComponents[0].amount = '999.00';
    doc.services[0].priceComponents[0].label.en = 'changed';
    const line = priceConfiguration(compiled, { providerCode: PROVIDER, serviceCodes: ['A'] }).lines[0];
    expect(line).toMatchObject({ amount: '100.00', componentLabel: 'flat' });
  });

  it("applies DESIGN's defaults to fields a document leaves out", () => {
    const doc = catalogue()
      .driver('UNITS')
      .service('A', [perUnit('UNITS', '1.00')])
      .servicePackage('P', ['A'])
      .build();
    const result = price(doc, {
      servicePackageCode: 'P',
      serviceCodes: [],
      volumes: volumes({ UNITS: '3' }),
      contractYears: 2,
    });
    // status ACTIVE (no warning), discount 0, no included, fromYear 1 and no toYear, no minimum.
    expect(result.issues).toEqual([]);
    expect(result.lines[0]).toMatchObject({
      amount: '3.00',
      discountPercent: '0',
      firstYear: 1,
      lastYear: 2,
      minimumCharge: null,
    });
  });

  it('prices each package and level right when one compiled catalogue serves them in turn', () => {
    // FLAT charges are kept per adjustment inside the compiled catalogue: reusing it must give what
    // a fresh compile gives, whichever package and level came before.
    const doc = catalogue()
      .level('BASIS', 1, '0')
      .level('PLUS', 2, '7.5')
      .service('A', [flat('1000.00'), flat('333.33', { period: 'YEARLY', minimumCharge: '400.00' })])
      .addOn('X', [flat('250.00'), flat('99.99', { period: 'ONE_TIME' })])
      .servicePackage('P10', ['A'], { discountPercent: '10' })
      .servicePackage('P4', ['A'], { discountPercent: '4.5', serviceLevel: 'PLUS' })
      .build();
    const shared = compileCatalogue(doc, 1);
    const configurations = [
      { servicePackageCode: 'P10', serviceCodes: ['X'], serviceLevelCode: 'PLUS' },
      { servicePackageCode: 'P4', serviceCodes: ['X'] },
      { servicePackageCode: null, serviceCodes: ['A', 'X'], serviceLevelCode: 'BASIS' },
      { servicePackageCode: 'P10', serviceCodes: ['X'], serviceLevelCode: 'BASIS' },
      { servicePackageCode: 'P10', serviceCodes: ['X'], serviceLevelCode: 'PLUS' },
    ];
    const amounts = configurations.map((configuration) => {
      const input = { providerCode: PROVIDER, ...configuration };
      const reused = priceConfiguration(shared, input);
      expect(reused).toEqual(priceConfiguration(compileCatalogue(doc, 1), input));
      return reused.lines.map((line) => line.amount);
    });
    expect(amounts).toEqual([
      // 1000 × 0.9 × 1.075; max(333.33, 400) × 0.9 × 1.075; 250 × 1.075; one-time as is.
      ['967.50', '387.00', '268.75', '99.99'],
      ['1026.63', '410.65', '268.75', '99.99'],
      ['1000.00', '400.00', '250.00', '99.99'],
      ['900.00', '360.00', '250.00', '99.99'],
      ['967.50', '387.00', '268.75', '99.99'],
    ]);
  });
});

describe('line explanation', () => {
  const doc = catalogue()
    .driver('UNITS')
    .level('L', 1, '8')
    .service('A', [
      flat('10.00', { label: 'first' }),
      graduated('UNITS', tiers(['5', '2.00'], [null, '1.00', '3.00']), {
        label: 'second',
        minimumCharge: '1.00',
      }),
    ])
    .servicePackage('P', [{ service: 'A', included: { UNITS: '2' } }], { discountPercent: '2.5' })
    .build();
  const line = price(doc, { servicePackageCode: 'P', volumes: volumes({ UNITS: '10' }) }).lines[1];

  it('says which component of which service it is, with its full label', () => {
    expect(line).toMatchObject({
      serviceCode: 'A',
      componentIndex: 1,
      componentLabel: 'second',
      label: { en: 'second', da: 'second (da)' },
      model: 'GRADUATED',
      period: 'MONTHLY',
    });
  });

  it('shows quantity, what was included and what was billed', () => {
    expect(line).toMatchObject({
      driverCode: 'UNITS',
      quantity: '10',
      includedQuantity: '2',
      billableQuantity: '8',
    });
  });

  it('shows the base, the minimum and the percentages that made the amount', () => {
    // 5 × 2.00 + 3 × 1.00 + 3.00 = 16.00; × 0.975 × 1.08 = 16.848
    expect(line).toMatchObject({
      base: '16.00',
      minimumCharge: '1.00',
      minimumApplied: false,
      discountPercent: '2.5',
      surchargePercent: '8',
      unitPrice: null,
      amount: '16.85',
    });
    expect(line.tiers).toEqual([
      { upTo: '5', unitPrice: '2.00', flatFee: '0', quantity: '5', amount: '10.00' },
      { upTo: null, unitPrice: '1.00', flatFee: '3.00', quantity: '3', amount: '6.00' },
    ]);
  });

  it('falls back to any language when a label has no English', () => {
    const noEnglish = catalogue()
      .service('A', [{ ...flat('1.00'), label: { nb: 'Månedsavgift' } }])
      .build();
    expect(lineOf(price(noEnglish, { serviceCodes: ['A'] }), 'A').componentLabel).toBe('Månedsavgift');
  });
});

describe('the compiled catalogue is immutable', () => {
  const doc = () =>
    catalogue()
      .level('BASIC', 1, '0')
      .level('PLUS', 2, '12.5')
      .service('A', [flat('100.00'), flat('40.00', { period: 'ONE_TIME', label: 'setup' })])
      .service('B', [flat('33.33', { minimumCharge: '50.00' })])
      .servicePackage('P', ['A'], { discountPercent: '10' })
      .build();

  it('holds every FLAT charge from compiling on, and pricing changes nothing in it', () => {
    const compiled = compileCatalogue(doc(), 1);
    const components = [...compiled.services.values()].flatMap((service) => service.components);
    const sizes = () => components.map((component) => component.flatCharges.size);
    // Recurring: none, BASIC, PLUS, P under no level, under BASIC and under PLUS (factor 1 and
    // 0.9 each appear under two of them; kept per adjustment). ONE_TIME: none only.
    const before = sizes();
    expect(before[0]).toBeGreaterThanOrEqual(4);
    expect(before[1]).toBe(1);
    for (const serviceLevelCode of ['BASIC', 'PLUS']) {
      for (const choice of [{ servicePackageCode: 'P', serviceCodes: ['B'] }, { serviceCodes: ['A', 'B'] }]) {
        price(doc(), { ...choice, serviceLevelCode });
        priceConfiguration(compiled, { providerCode: PROVIDER, ...choice, serviceLevelCode });
      }
    }
    expect(sizes()).toEqual(before);
    expect(
      components.every((component) =>
        Object.isFrozen(component.flatCharges.get([...component.flatCharges.keys()][0]!)),
      ),
    ).toBe(true);
  });

  it('prices FLAT lines from the precomputed charges exactly as computed afresh', () => {
    const compiled = compileCatalogue(doc(), 1);
    const priced = priceConfiguration(compiled, {
      providerCode: PROVIDER,
      servicePackageCode: 'P',
      serviceCodes: ['B'],
      serviceLevelCode: 'PLUS',
    });
    // 100.00 × 0.9 × 1.125 = 101.25; setup 40.00 unadjusted; B: minimum 50.00 × 1.125 = 56.25.
    expect(priced.lines.map((line) => [line.serviceCode, line.amount, line.base])).toEqual([
      ['A', '101.25', '100.00'],
      ['A', '40.00', '40.00'],
      ['B', '56.25', '33.33'],
    ]);
    const basic = priceConfiguration(compiled, {
      providerCode: PROVIDER,
      serviceCodes: ['A'],
      serviceLevelCode: 'BASIC',
    });
    expect(basic.lines.map((line) => line.amount)).toEqual(['100.00', '40.00']);
  });
});
