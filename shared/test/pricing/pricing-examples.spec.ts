/**
 * DESIGN's worked examples: every configuration of pricing-examples.json priced against ex-no.json
 * must give exactly the expected lines, years, totals, validity and issue codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPricingExamples } from '../fixtures/pricing-examples.js';
import type { CatalogueDocument } from '../../src/catalogue/document.js';
import { compileCatalogue, ENGINE_VERSION, priceConfiguration } from '../../src/pricing/index.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

const document = fixture('ex-no.json') as CatalogueDocument;
const examples = loadPricingExamples();
const catalogue = compileCatalogue(document, 1);

describe('pricing-examples.json against ex-no.json', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((example) => [example.why, example] as const))('%s', (_why, example) => {
    const result = priceConfiguration(catalogue, example.configuration);
    const { expected } = example;
    expect(
      result.lines.map(({ serviceCode, componentLabel, period, amount, firstYear, lastYear }) => ({
        serviceCode,
        componentLabel,
        period,
        amount,
        firstYear,
        lastYear,
      })),
    ).toEqual(expected.lines);
    expect(result.years).toEqual(expected.years);
    expect(result.totals).toEqual(expected.totals);
    expect(result.valid).toBe(expected.valid);
    expect(new Set(result.issues.map((issue) => issue.code))).toEqual(new Set(expected.issueCodes));
    expect(result.currency).toBe('NOK');
    expect(result.catalogueVersion).toBe(1);
    expect(result.engineVersion).toBe(ENGINE_VERSION);
  });

  it('prices the same configuration to the same result every time (quote snapshots are reproducible)', () => {
    for (const example of examples) {
      const again = compileCatalogue(structuredClone(document), 1);
      expect(priceConfiguration(again, example.configuration)).toEqual(
        priceConfiguration(catalogue, example.configuration),
      );
    }
  });

  it('explains the graduated line of the 501-payslip example tier by tier', () => {
    const result = priceConfiguration(catalogue, examples[2].configuration);
    const payRun = result.lines.find((line) => line.serviceCode === 'PAY-RUN');
    expect(payRun).toMatchObject({
      model: 'GRADUATED',
      driverCode: 'PAYSLIPS',
      quantity: '501',
      billableQuantity: '501',
      includedQuantity: null,
      base: '14422.00',
      minimumCharge: '1500.00',
      minimumApplied: false,
      discountPercent: '5',
      surchargePercent: '8',
      amount: '14796.97',
    });
    expect(payRun?.tiers).toEqual([
      { upTo: '500', unitPrice: '28.00', flatFee: '0', quantity: '500', amount: '14000.00' },
      { upTo: '2000', unitPrice: '22.00', flatFee: '400.00', quantity: '1', amount: '422.00' },
    ]);
    expect(result.serviceLevelCode).toBe('UTVIDET');
    expect(result.servicePackageCode).toBe('KOMPLETT');
  });
});
