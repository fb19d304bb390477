import { describe, expect, it } from 'vitest';
import { withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import { smallCatalogue } from '../../../test/support/catalogue-factory.js';
import { diffCatalogues, sameValue } from './catalogue-diff.js';

function base(): CatalogueDocument {
  return withDefaults(smallCatalogue({ providerCode: 'UNIT' }));
}

describe('sameValue', () => {
  it.each([
    ['38.00', '38', true],
    ['0.10', '0.1', true],
    ['1000', '1000.0', true],
    ['38.00', '38.01', false],
    ['PAY-BASE', 'PAY-BASE', true],
    ['PAY-BASE', 'PAY-RUN', false],
    [null, undefined, true],
    [[{ upTo: '10' }], [{ upTo: '10.0' }], true],
    [{ a: '1' }, { a: '1', b: null }, true],
    [{ a: '1' }, { a: '1', b: 'x' }, false],
    [[1, 2], [1], false],
  ])('%j and %j → %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('diffCatalogues', () => {
  it('finds nothing between a document and itself', () => {
    expect(diffCatalogues(base(), base())).toEqual([]);
  });

  it('reports a changed standard measure on its driver and changed benchmark packages as a setting', () => {
    const before = base();
    const after = structuredClone(before);
    after.drivers[0] = { ...after.drivers[0], standardMeasure: 'PAYSLIP' };
    after.benchmarkPackages = { PAYROLL: 'BASIS', ACCOUNTING: null, BOTH: null };
    const changes = diffCatalogues(before, after);
    expect(changes.map(({ kind, code, change, fields }) => ({ kind, code, change, fields }))).toEqual([
      {
        kind: 'SETTINGS',
        code: 'UNIT',
        change: 'CHANGED',
        fields: [
          {
            field: 'benchmarkPackages',
            before: null,
            after: { PAYROLL: 'BASIS', ACCOUNTING: null, BOTH: null },
          },
        ],
      },
      {
        kind: 'VOLUME_DRIVER',
        code: 'PAYSLIPS',
        change: 'CHANGED',
        fields: [{ field: 'standardMeasure', before: null, after: 'PAYSLIP' }],
      },
    ]);
  });

  it('matches price components by position when their labels are not unique', () => {
    const before = base();
    before.services[1].priceComponents.push({ ...before.services[1].priceComponents[0] });
    const after = structuredClone(before);
    after.services[1].priceComponents[1] = { ...after.services[1].priceComponents[1], minimumCharge: '100' };
    const changes = diffCatalogues(before, after);
    expect(
      changes.map(({ kind, code, change, path, fields }) => ({
        kind,
        code,
        change,
        path,
        fields: fields.map((f) => f.field),
      })),
    ).toEqual([
      {
        kind: 'PRICE_COMPONENT',
        code: 'PAY-RUN',
        change: 'CHANGED',
        path: 'services[1].priceComponents[1]',
        fields: ['minimumCharge'],
      },
    ]);
  });

  it('matches price components by label when unique, so removing one leaves the others unchanged', () => {
    const before = base();
    before.services[1].priceComponents.unshift({
      label: { en: 'Set-up' },
      model: 'FLAT',
      period: 'ONE_TIME',
      amount: '5',
      driver: null,
      unitPrice: null,
      tiers: null,
      minimumCharge: null,
      fromYear: 1,
      toYear: null,
    });
    const after = base();
    expect(
      diffCatalogues(before, after).map(({ kind, change, path, name }) => ({ kind, change, path, name })),
    ).toEqual([
      { kind: 'PRICE_COMPONENT', change: 'REMOVED', path: 'services[1].priceComponents[0]', name: 'Set-up' },
    ]);
  });

  it('lists a removed service after the services of the newer version, with its whole document as before', () => {
    const after = base();
    const removed = after.services.shift();
    after.servicePackages[0].items.shift();
    after.services[0].requires = [];
    const changes = diffCatalogues(base(), after);
    expect(changes.map((change) => `${change.kind} ${change.code} ${change.change}`)).toEqual([
      'SERVICE PAY-RUN CHANGED',
      'SERVICE PAY-BASE REMOVED',
      'SERVICE_PACKAGE BASIS CHANGED',
    ]);
    expect(changes[1]).toMatchObject({ path: 'services[0]', before: removed, after: null });
  });
});
