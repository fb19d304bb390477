import { describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '../../src/catalogue/document.js';
import { compileCatalogue } from '../../src/pricing/compile.js';
import { ENGINE_VERSION } from '../../src/pricing/engine.js';
import { monthUsage, trueUp } from '../../src/agreements/usage.js';
import { targetMet } from '../../src/agreements/service-results.js';
import { changed, fixture } from '../catalogue-fixtures.js';

// ex-dk: BASIS = PAY-BASE 9000/month + PAY-RUN 38 per payslip above 10 included, 5 % package discount.
const catalogue = compileCatalogue(fixture('ex-dk'), 1);
const configuration = {
  providerCode: 'EX-DK',
  servicePackageCode: 'BASIS',
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '610' }],
  contractYears: 3,
};

describe('monthUsage', () => {
  it.each([
    // actual, actualAmount: 8550.00 + (actual − 10) × 38 × 0.95
    [new Map<string, string>(), null],
    [new Map([['PAYSLIPS', '710']]), '33820.00'],
    [new Map([['PAYSLIPS', '610']]), '30210.00'],
    [new Map([['PAYSLIPS', '5']]), '9025.00'], // the 500.00 minimum charge, discounted
  ])('actuals %j give actualAmount %s beside the forecast 30210.00', (actuals, actualAmount) => {
    const usage = monthUsage(catalogue, configuration, 1, actuals);
    expect(usage).toEqual({
      lines: [{ driverCode: 'PAYSLIPS', forecast: '610', actual: actuals.get('PAYSLIPS') ?? null }],
      forecastAmount: '30210.00',
      actualAmount,
      engineVersion: ENGINE_VERSION,
    });
  });

  it('counts only the MONTHLY lines whose years include the month contract year', () => {
    // The per-payslip fee only from year 2; a yearly fee never counts as monthly usage.
    const doc = changed(
      fixture('ex-dk'),
      ['services', 1, 'priceComponents', 0, 'fromYear'],
      2,
    ) as CatalogueDocument;
    doc.services[0].priceComponents.push({
      label: { en: 'Yearly' },
      model: 'FLAT',
      period: 'YEARLY',
      amount: '1000.00',
    });
    const yearly = compileCatalogue(doc, 2);
    expect(monthUsage(yearly, configuration, 1, new Map()).forecastAmount).toBe('8550.00');
    expect(monthUsage(yearly, configuration, 2, new Map()).forecastAmount).toBe('30210.00');
  });
});

describe('trueUp', () => {
  it('sums actual minus forecast, months without actuals count as forecast', () => {
    const months = [
      { actualAmount: '33820.00', forecastAmount: '30210.00' },
      { actualAmount: null, forecastAmount: '30210.00' },
      { actualAmount: '9025.00', forecastAmount: '30210.00' },
    ];
    expect(trueUp(months, 2)).toBe('-17575.00');
    expect(trueUp([], 0)).toBe('0');
  });
});

describe('targetMet: less is better for times and deadlines, more for everything else', () => {
  it.each([
    ['WORKING_DAYS', '3', '3', true],
    ['WORKING_DAYS', '3', '3.5', false],
    ['HOURS', '24', '2', true],
    ['DAY_OF_MONTH', '15', '16', false],
    ['PERCENT', '99.5', '99.5', true],
    ['PERCENT', '99.5', '99.49', false],
    ['COUNT', '2', '3', true],
  ])('%s target %s, value %s: met %s', (unit, target, value, met) => {
    expect(targetMet(unit, target, value)).toBe(met);
  });
});
