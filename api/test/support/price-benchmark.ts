import type { CatalogueDocument, StandardMeasure } from '@servicekatalog/shared';

export const PRICE_BENCHMARK = `query ($profile: StandardProfileInput!, $currency: String!, $at: Date) {
  priceBenchmark(profile: $profile, currency: $currency, at: $at) {
    providerCode providerName catalogueVersion currency offered notOfferedReason missingDrivers issueCodes
    servicePackageCode serviceLevelCode total pricePerPayslip rateMissing
    converted { currency total pricePerPayslip rate { id from to rate date source } }
  } }`;

export interface CentrePrice {
  providerCode: string;
  providerName: string;
  catalogueVersion: number;
  currency: string;
  offered: boolean;
  notOfferedReason: string | null;
  missingDrivers: string[];
  issueCodes: string[];
  servicePackageCode: string | null;
  serviceLevelCode: string | null;
  total: string | null;
  pricePerPayslip: string | null;
  rateMissing: boolean;
  converted: {
    currency: string;
    total: string;
    pricePerPayslip: string | null;
    rate: {
      id: string | null;
      from: string;
      to: string;
      rate: string;
      date: string | null;
      source: string | null;
    };
  } | null;
}

const en = (text: string) => ({ en: text });

/**
 * A small centre for the price benchmark: a payroll package (monthly base fee, graduated payslips,
 * refund claims, a one-time start fee, a 5 % package discount at a level with an 8 % surcharge)
 * and an accounting package whose driver has no standard measure unless `vouchersMeasure` gives one.
 */
export function benchmarkCatalogue(options: {
  providerCode: string;
  currency: string;
  base: string;
  payslip: string;
  refund: string;
  vouchersMeasure?: StandardMeasure;
  payrollNeedsVouchers?: boolean;
}): CatalogueDocument {
  const { providerCode, currency } = options;
  return {
    provider: { code: providerCode, name: `Centre ${providerCode}`, country: 'NO', currency, locale: 'nb' },
    validFrom: '2026-01-01',
    categories: [{ code: 'PAY', name: en('Payroll') }],
    drivers: [
      {
        code: 'PAYSLIPS',
        name: en('Payslips'),
        unit: en('payslip'),
        integer: true,
        standardMeasure: 'PAYSLIP',
      },
      {
        code: 'REFUNDS',
        name: en('Refunds'),
        unit: en('claim'),
        integer: true,
        standardMeasure: 'REFUND_CLAIM',
      },
      {
        code: 'VOUCHERS',
        name: en('Vouchers'),
        unit: en('voucher'),
        integer: true,
        standardMeasure: options.vouchersMeasure ?? null,
      },
    ],
    serviceLevels: [{ code: 'PLUS', name: en('Plus'), rank: 1, surchargePercent: '8' }],
    services: [
      {
        code: 'PAYROLL',
        category: 'PAY',
        kind: 'CORE',
        name: en('Payroll'),
        priceComponents: [
          { label: en('Base'), model: 'FLAT', period: 'MONTHLY', amount: options.base },
          {
            label: en('Payslips'),
            model: 'GRADUATED',
            period: 'MONTHLY',
            driver: 'PAYSLIPS',
            tiers: [
              { upTo: '100', unitPrice: options.payslip },
              { upTo: null, unitPrice: options.refund },
            ],
          },
          {
            label: en('Refunds'),
            model: 'PER_UNIT',
            period: 'MONTHLY',
            driver: 'REFUNDS',
            unitPrice: options.refund,
          },
          { label: en('Start'), model: 'FLAT', period: 'ONE_TIME', amount: options.base },
          ...(options.payrollNeedsVouchers
            ? [
                {
                  label: en('Vouchers'),
                  model: 'PER_UNIT' as const,
                  period: 'MONTHLY' as const,
                  driver: 'VOUCHERS',
                  unitPrice: '1',
                },
              ]
            : []),
        ],
        limits: [{ driver: 'PAYSLIPS', max: '5000' }],
      },
      {
        code: 'LEDGER',
        category: 'PAY',
        kind: 'CORE',
        name: en('Ledger'),
        priceComponents: [
          { label: en('Vouchers'), model: 'PER_UNIT', period: 'MONTHLY', driver: 'VOUCHERS', unitPrice: '3' },
        ],
      },
    ],
    servicePackages: [
      {
        code: 'PAY-PKG',
        name: en('Payroll'),
        serviceLevel: 'PLUS',
        discountPercent: '5',
        items: [{ service: 'PAYROLL' }],
      },
      { code: 'ACC-PKG', name: en('Accounting'), items: [{ service: 'LEDGER' }] },
    ],
    benchmarkPackages: { PAYROLL: 'PAY-PKG', ACCOUNTING: 'ACC-PKG' },
  };
}
