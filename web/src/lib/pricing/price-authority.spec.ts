import { describe, expect, it } from 'vitest';
import { compileCatalogue, priceConfiguration } from '@servicekatalog/shared';
import { EXAMPLE_CATALOGUE } from '../../test/fixtures';
import { differencesFromApi, figuresShown } from './price-authority';

const local = priceConfiguration(compileCatalogue(EXAMPLE_CATALOGUE, 1), {
  providerCode: 'EX-DK',
  servicePackageCode: 'BASIS',
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '1210' }],
  contractYears: 2,
});

/** What the API sends for the same input: the engine's result in GraphQL's shape. */
const api = {
  currency: local.currency,
  catalogueVersion: local.catalogueVersion,
  valid: local.valid,
  lines: local.lines.map((line) => ({
    serviceCode: line.serviceCode,
    componentLabelTranslations: line.label,
    model: line.model,
    period: line.period,
    driverCode: line.driverCode,
    quantity: line.quantity,
    billableQuantity: line.billableQuantity,
    amount: line.amount,
    firstYear: line.firstYear,
    lastYear: line.lastYear,
  })),
  years: local.years,
  totals: local.totals,
  issues: local.issues.map(({ code, severity, serviceCode, message }) => ({
    code,
    severity,
    serviceCode,
    message,
  })),
};

describe('the browser price against the API, the authority', () => {
  it('agrees when the API computed the same', () => {
    expect(differencesFromApi(local, api)).toEqual([]);
  });

  it('lists every figure that differs', () => {
    const other = {
      ...api,
      totals: { ...api.totals, monthly: '1.00' },
      lines: api.lines.map((line, i) => (i === 1 ? { ...line, amount: '2.00' } : line)),
    };
    expect(differencesFromApi(local, other)).toEqual([
      `totals.monthly: browser ${local.totals.monthly}, API 1.00`,
      `lines[1]: browser PAY-RUN ${local.lines[1].amount}, API PAY-RUN 2.00`,
    ]);
  });

  it('shows the API figures over the browser’s, line by line when the lines match', () => {
    const other = {
      ...api,
      totals: { ...api.totals, monthly: '1.00' },
      lines: api.lines.map((line) => ({ ...line, amount: '2.00' })),
    };
    const shown = figuresShown(local, other);
    expect(shown.totals.monthly).toBe('1.00');
    expect(shown.lineAmounts).toEqual(local.lines.map(() => '2.00'));
    expect(shown.apiLines).toBeNull();
    expect(figuresShown(local, { ...api, lines: api.lines.slice(1) }).apiLines).toHaveLength(
      local.lines.length - 1,
    );
    expect(figuresShown(local, null).totals).toBe(local.totals);
  });
});
