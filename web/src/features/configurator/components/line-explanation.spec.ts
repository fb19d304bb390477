import { describe, expect, it } from 'vitest';
import {
  compileCatalogue,
  priceConfiguration,
  type ConfigurationInput,
  type PriceLine,
} from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import { createFormatters } from '../../../lib/format';
import { EXAMPLE_CATALOGUE } from '../../../test/fixtures';
import { explainLine } from './line-explanation';

const catalogue = compileCatalogue(EXAMPLE_CATALOGUE, 1);
const units: Record<string, string> = { PAYSLIPS: 'payslip', INVOICES_IN: 'invoice', HOURS: 'hour' };

function lines(input: Partial<ConfigurationInput>): PriceLine[] {
  return priceConfiguration(catalogue, { providerCode: 'EX-DK', ...input }).lines;
}

function explain(line: PriceLine, language = 'en'): string[] {
  const context = {
    t: i18next.getFixedT(language),
    format: createFormatters(language),
    currency: 'DKK',
    unitOf: (code: string) => units[code],
  };
  return explainLine(line, context).map((step) => step.replace(/[\u00a0\u202f]/g, ' '));
}

describe('each price line explains itself', () => {
  it('FLAT with package discount', () => {
    const [base] = lines({
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1210' }],
    });
    expect(explain(base)).toEqual(['Fixed fee DKK 9,000.00', 'Package discount −5%']);
    expect(base.amount).toBe('8550.00');
  });

  it('GRADUATED: included quantity deducted, then each tier slice', () => {
    const run = lines({
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1210' }],
    })[1];
    expect(explain(run)).toEqual([
      '1,210 minus 10 included in the package = 1,200 charged',
      'Graduated: 1,000 × DKK 38.00 + 200 × DKK 31.50 = DKK 44,300.00',
      'Package discount −5%',
    ]);
  });

  it('minimum charge applied, and the service level surcharge', () => {
    const run = lines({
      servicePackageCode: 'BASIS',
      serviceLevelCode: 'PLUS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '12' }],
    })[1];
    expect(explain(run)).toEqual([
      '12 minus 10 included in the package = 2 charged',
      'Graduated: 2 × DKK 38.00 = DKK 76.00',
      'Minimum charge DKK 500.00 applies (calculated DKK 76.00)',
      'Package discount −5%',
      'Service level surcharge +10%',
    ]);
  });

  it('PER_UNIT: quantity × unit price', () => {
    const [perInvoice, onboarding] = lines({
      serviceCodes: ['ACC'],
      volumes: [{ driverCode: 'INVOICES_IN', quantity: '300' }],
    });
    expect(explain(perInvoice)).toEqual(['300 × DKK 42.00 per invoice = DKK 12,600.00']);
    expect(explain(onboarding)).toEqual(['Fixed fee DKK 30,000.00']);
  });

  it('VOLUME: the band that holds the volume prices all of it, plus its fee', () => {
    const scan = lines({
      serviceCodes: ['ACC', 'SCAN'],
      volumes: [{ driverCode: 'INVOICES_IN', quantity: '300' }],
    })[2];
    expect(explain(scan)).toEqual(['Volume price, top band: 300 × DKK 4.00 + DKK 50.00 = DKK 1,250.00']);
    const small = lines({
      serviceCodes: ['ACC', 'SCAN'],
      volumes: [{ driverCode: 'INVOICES_IN', quantity: '80' }],
    })[2];
    expect(explain(small)).toEqual(['Volume price, band up to 100: 80 × DKK 5.00 = DKK 400.00']);
  });

  it('nothing billable once the included quantity covers the volume', () => {
    const run = lines({
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '8' }],
    })[1];
    expect(explain(run).slice(1, 3)).toEqual([
      'Nothing to charge per payslip: DKK 0.00',
      'Minimum charge DKK 500.00 applies (calculated DKK 0.00)',
    ]);
  });

  it('in Danish', () => {
    const run = lines({
      servicePackageCode: 'BASIS',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1210' }],
    })[1];
    expect(explain(run, 'da')[1]).toBe('Trappepris: 1.000 × 38,00 DKK + 200 × 31,50 DKK = 44.300,00 DKK');
  });
});
