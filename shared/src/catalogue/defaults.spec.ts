import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changed, fixture } from '../../test/catalogue-fixtures.js';
import { withDefaults } from './defaults.js';
import type { CatalogueDocument } from './document.js';
import { validateCatalogueDocument } from './validate-catalogue.js';

const exNo = fixture('ex-no');
const exDk = fixture('ex-dk');

/** Key order matters for the round trip, so comparisons go through JSON text as well as toEqual. */
const canonicalText = (doc: CatalogueDocument): string => JSON.stringify(withDefaults(doc));

// DESIGN's EX-DK example with every default written out, in canonical key order.
const EX_DK_WITH_DEFAULTS = {
  provider: { code: 'EX-DK', name: 'Eksempelcentret', country: 'DK', currency: 'DKK', locale: 'da' },
  validFrom: '2027-01-01',
  categories: [{ code: 'PAYROLL', name: { da: 'Løn', en: 'Payroll' } }],
  drivers: [
    {
      code: 'PAYSLIPS',
      name: { da: 'Lønsedler pr. måned', en: 'Payslips per month' },
      unit: { da: 'lønseddel', en: 'payslip' },
      integer: true,
      standardMeasure: null,
    },
  ],
  serviceLevels: [
    {
      code: 'STANDARD',
      name: { da: 'Standard', en: 'Standard' },
      rank: 1,
      surchargePercent: '0',
      targets: [
        {
          metric: 'PAYROLL_DATA_BEFORE_PAYDAY',
          name: { en: 'Payroll data delivered before payday' },
          value: '2',
          unit: 'WORKING_DAYS',
          service: null,
        },
      ],
    },
  ],
  services: [
    {
      code: 'PAY-BASE',
      category: 'PAYROLL',
      kind: 'CORE',
      status: 'ACTIVE',
      name: { da: 'Grundgebyr løn', en: 'Payroll base fee' },
      description: { en: 'Fixed monthly fee.' },
      requires: [],
      excludes: [],
      limits: [],
      priceComponents: [
        {
          label: { en: 'Base fee' },
          model: 'FLAT',
          period: 'MONTHLY',
          driver: null,
          amount: '9000.00',
          unitPrice: null,
          tiers: null,
          minimumCharge: null,
          fromYear: 1,
          toYear: null,
        },
      ],
      responsibilities: [],
    },
    {
      code: 'PAY-RUN',
      category: 'PAYROLL',
      kind: 'CORE',
      status: 'ACTIVE',
      name: { da: 'Lønadministration', en: 'Payroll administration' },
      description: { en: 'Monthly payroll runs.' },
      requires: [['PAY-BASE']],
      excludes: [],
      limits: [{ driver: 'PAYSLIPS', min: '1', max: null }],
      priceComponents: [
        {
          label: { en: 'Per payslip' },
          model: 'GRADUATED',
          period: 'MONTHLY',
          driver: 'PAYSLIPS',
          amount: null,
          unitPrice: null,
          tiers: [
            { upTo: '1000', unitPrice: '38.00', flatFee: '0' },
            { upTo: null, unitPrice: '31.50', flatFee: '0' },
          ],
          minimumCharge: '500.00',
          fromYear: 1,
          toYear: null,
        },
      ],
      responsibilities: [{ task: { en: 'Register permanent pay changes' }, party: 'CENTRE' }],
    },
  ],
  servicePackages: [
    {
      code: 'BASIS',
      name: { da: 'Basis', en: 'Basic' },
      description: { en: 'Payroll only.' },
      serviceLevel: 'STANDARD',
      discountPercent: '5',
      items: [
        { service: 'PAY-BASE', included: null },
        { service: 'PAY-RUN', included: { PAYSLIPS: '10' } },
      ],
      allowedAddOns: [],
    },
  ],
  benchmarkPackages: null,
};

describe('withDefaults', () => {
  it('writes out every default of EX-DK in canonical key order', () => {
    expect(withDefaults(exDk)).toStrictEqual(EX_DK_WITH_DEFAULTS);
    expect(canonicalText(exDk)).toBe(JSON.stringify(EX_DK_WITH_DEFAULTS));
  });

  it('fills the defaults of EX-NO: fromYear, toYear, flatFee, status, package fields', () => {
    const doc = withDefaults(exNo);
    const purchase = doc.services[3];
    expect(purchase.status).toBe('ACTIVE');
    expect(purchase.excludes).toEqual([]);
    expect(purchase.limits).toEqual([]);
    expect(purchase.responsibilities).toEqual([]);
    expect(purchase.priceComponents.map((c) => [c.fromYear, c.toYear, c.minimumCharge])).toEqual([
      [1, 1, null],
      [2, null, null],
      [1, null, null],
    ]);
    expect(purchase.priceComponents[2]).toMatchObject({
      driver: 'USERS',
      unitPrice: '40.00',
      amount: null,
      tiers: null,
    });
    expect(doc.services[1].priceComponents[0].tiers?.map((t) => t.flatFee)).toEqual(['0', '400.00', '0']);
    expect(doc.serviceLevels[1].targets?.map((t) => t.service)).toEqual([null, 'ACC-INV']);
    expect(doc.servicePackages[1]).toMatchObject({
      allowedAddOns: null,
      discountPercent: '5',
      serviceLevel: 'UTVIDET',
    });
  });

  it('fills the defaults of a minimal document', () => {
    const minimal: CatalogueDocument = {
      ...exDk,
      validFrom: undefined,
      serviceLevels: [{ code: 'STANDARD', name: { en: 'Standard' }, rank: 1, surchargePercent: '0' }],
      servicePackages: [{ code: 'BASIS', name: { en: 'Basic' }, items: [{ service: 'PAY-BASE' }] }],
    };
    const doc = withDefaults(minimal);
    expect(doc.validFrom).toBeNull();
    expect(doc.serviceLevels[0].targets).toEqual([]);
    expect(doc.servicePackages[0]).toStrictEqual({
      code: 'BASIS',
      name: { en: 'Basic' },
      serviceLevel: null,
      discountPercent: '0',
      items: [{ service: 'PAY-BASE', included: null }],
      allowedAddOns: null,
    });
  });

  it('leaves an absent description absent', () => {
    const withoutDescription = changed(exDk, ['services', 0, 'description'], undefined) as CatalogueDocument;
    const service = withDefaults(withoutDescription).services[0];
    expect('description' in service).toBe(false);
    expect(Object.keys(service)).toEqual([
      'code',
      'category',
      'kind',
      'status',
      'name',
      'requires',
      'excludes',
      'limits',
      'priceComponents',
      'responsibilities',
    ]);
  });

  it('is idempotent', () => {
    for (const doc of [exNo, exDk]) {
      const once = withDefaults(doc);
      expect(withDefaults(once)).toStrictEqual(once);
      expect(canonicalText(once)).toBe(canonicalText(doc));
    }
  });

  it('gives a valid document', () => {
    expect(validateCatalogueDocument(withDefaults(exNo)).errors).toEqual([]);
    expect(validateCatalogueDocument(withDefaults(exDk)).errors).toEqual([]);
  });

  it('keeps decimal strings as written', () => {
    const doc = withDefaults(exDk);
    expect(doc.services[0].priceComponents[0].amount).toBe('9000.00');
    expect(doc.services[1].priceComponents[0].tiers?.[0].unitPrice).toBe('38.00');
    expect(doc.serviceLevels[0].surchargePercent).toBe('0');
  });

  it('treats an empty included map like none', () => {
    const input = changed(exDk, ['servicePackages', 0, 'items', 0, 'included'], {}) as CatalogueDocument;
    expect(withDefaults(input).servicePackages[0].items[0].included).toBeNull();
  });

  it('matches an explicit export-style document with the defaults written out and keys reordered', () => {
    const exported = reorderKeys(EX_DK_WITH_DEFAULTS, (keys) => [...keys].reverse()) as CatalogueDocument;
    expect(canonicalText(exported)).toBe(canonicalText(exDk));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(exNo);
    withDefaults(Object.freeze(exNo));
    expect(JSON.stringify(exNo)).toBe(before);
  });

  it('gives the same canonical text whatever the key order of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (seeds) => {
        let turn = 0;
        const shuffle = (keys: string[]): string[] => {
          const copy = [...keys];
          for (let i = copy.length - 1; i > 0; i -= 1) {
            const j = seeds[turn++ % seeds.length] % (i + 1);
            [copy[i], copy[j]] = [copy[j], copy[i]];
          }
          return copy;
        };
        const shuffled = reorderKeys(exNo, shuffle) as CatalogueDocument;
        expect(canonicalText(shuffled)).toBe(canonicalText(exNo));
      }),
      { numRuns: 100 },
    );
  });
});

/** A deep copy whose object keys are in the order `order` gives. */
function reorderKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((entry) => reorderKeys(entry, order));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(source)).map((key) => [key, reorderKeys(source[key], order)]));
}
