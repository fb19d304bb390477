import type { QuoteDetailFieldsFragment } from '../lib/graphql/generated/graphql';

/** A DRAFT quote as the API's Quote query returns it (SA-DK, payroll package, one year). */
export function draftQuote(changes: Partial<QuoteDetailFieldsFragment> = {}): QuoteDetailFieldsFragment {
  return {
    id: 'q1',
    reference: 'SA-DK-2026-0042',
    displayReference: 'SA-DK-2026-0042',
    name: 'Payroll 2027',
    status: 'DRAFT',
    revision: 1,
    previousQuoteId: null,
    latestRevision: true,
    version: 3,
    validUntil: '2027-02-26',
    expired: false,
    providerCode: 'SA-DK',
    catalogueVersion: 1,
    startDate: '2027-01-01',
    configuration: {
      providerCode: 'SA-DK',
      catalogueVersion: 1,
      servicePackageCode: 'LON',
      serviceCodes: ['INDFAK'],
      serviceLevelCode: null,
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
      contractYears: 2,
    },
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    decisionComment: null,
    agency: { id: 'agency-1', name: 'Eksempelstyrelsen', organisationNumber: '31250005' },
    comments: [
      {
        id: 'c1',
        authorName: 'Karin Kunde',
        createdAt: '2026-11-28T11:00:00.000Z',
        text: 'Start in January.',
      },
    ],
    price: {
      currency: 'DKK',
      catalogueVersion: 1,
      contractYears: 2,
      startDate: '2027-01-01',
      upcomingChange: null,
      valid: true,
      servicePackageCode: 'LON',
      serviceLevelCode: 'STANDARD',
      lines: [
        {
          serviceCode: 'PAY',
          componentIndex: 0,
          componentLabel: 'Per payslip',
          componentLabelTranslations: { da: 'Pr. lønseddel', en: 'Per payslip' },
          model: 'PER_UNIT',
          period: 'MONTHLY',
          driverCode: 'PAYSLIPS',
          quantity: '600',
          billableQuantity: '590',
          includedQuantity: '10',
          amount: '22420.00',
          firstYear: 1,
          lastYear: 2,
        },
        {
          serviceCode: 'PAY',
          componentIndex: 1,
          componentLabel: 'Onboarding',
          componentLabelTranslations: { da: 'Opstart', en: 'Onboarding' },
          model: 'FLAT',
          period: 'ONE_TIME',
          driverCode: null,
          quantity: null,
          billableQuantity: null,
          includedQuantity: null,
          amount: '25000.00',
          firstYear: 1,
          lastYear: 1,
        },
      ],
      years: [
        { year: 1, oneTime: '25000.00', recurring: '269040.00', total: '294040.00' },
        { year: 2, oneTime: '0.00', recurring: '269040.00', total: '269040.00' },
      ],
      totals: { monthly: '22420.00', firstYear: '294040.00', contractTotal: '563080.00' },
      issues: [],
    },
    ...changes,
  };
}

/** The catalogue names of the quote's pinned version (QuoteCatalogueNames): Danish and English, as SA-DK's. */
export function quoteNamesResponse() {
  return {
    catalogue: {
      number: 1,
      provider: { code: 'SA-DK', name: 'Statens Administration' },
      drivers: [
        { code: 'PAYSLIPS', nameTranslations: { da: 'Lønsedler pr. måned', en: 'Payslips per month' } },
      ],
      categories: [
        { code: 'PAYROLL', nameTranslations: { da: 'Løn', en: 'Payroll' } },
        { code: 'ACCOUNTING', nameTranslations: { da: 'Regnskab', en: 'Accounting' } },
      ],
      serviceLevels: [
        {
          code: 'STANDARD',
          nameTranslations: { da: 'Standard', en: 'Standard' },
          targets: [
            {
              metric: 'TRANSACTION_PROCESSING',
              nameTranslations: { da: 'Fakturaer behandlet inden for', en: 'Invoices processed within' },
              value: '2',
              unit: 'WORKING_DAYS',
              serviceCode: 'ACC',
            },
          ],
        },
      ],
      services: [
        { code: 'PAY', nameTranslations: { da: 'Løn', en: 'Payroll' }, category: 'PAYROLL' },
        {
          code: 'INDFAK',
          nameTranslations: { da: 'Fakturaansvarlig i IndFak', en: 'Invoice manager in IndFak' },
          category: 'ACCOUNTING',
        },
        { code: 'ACC', nameTranslations: { da: 'Regnskab', en: 'Accounting' }, category: 'ACCOUNTING' },
      ],
      servicePackages: [{ code: 'LON', nameTranslations: { da: 'Lønpakke', en: 'Payroll package' } }],
    },
  };
}
