import type { CatalogueDocument } from '@servicekatalog/shared';

/**
 * A small catalogue in the document format (DESIGN's EX-DK shape) with every price model, a
 * requirement, an exclusion, a limit, a deprecated add-on and a package with an included quantity.
 */
export const EXAMPLE_CATALOGUE: CatalogueDocument = {
  provider: { code: 'EX-DK', name: 'Eksempelcentret', country: 'DK', currency: 'DKK', locale: 'da' },
  validFrom: '2027-01-01',
  categories: [
    { code: 'PAYROLL', name: { da: 'Løn', en: 'Payroll' } },
    { code: 'ACCOUNTING', name: { da: 'Regnskab', en: 'Accounting' } },
  ],
  drivers: [
    {
      code: 'PAYSLIPS',
      name: { da: 'Lønsedler pr. måned', en: 'Payslips per month' },
      unit: { da: 'lønseddel', en: 'payslip' },
      integer: true,
    },
    {
      code: 'INVOICES_IN',
      name: { da: 'Købsfakturaer pr. måned', en: 'Purchase invoices per month' },
      unit: { da: 'faktura', en: 'invoice' },
      integer: true,
    },
    {
      code: 'HOURS',
      name: { da: 'Konsulenttimer pr. år', en: 'Consulting hours per year' },
      unit: { da: 'time', en: 'hour' },
      integer: false,
    },
  ],
  serviceLevels: [
    {
      code: 'STANDARD',
      name: { da: 'Standard', en: 'Standard' },
      rank: 1,
      surchargePercent: '0',
      targets: [
        { metric: 'ENQUIRY', name: { en: 'Enquiries answered within' }, value: '2', unit: 'WORKING_DAYS' },
      ],
    },
    {
      code: 'PLUS',
      name: { da: 'Plus', en: 'Plus' },
      rank: 2,
      surchargePercent: '10',
      targets: [
        { metric: 'ENQUIRY', name: { en: 'Enquiries answered within' }, value: '1', unit: 'WORKING_DAYS' },
      ],
    },
  ],
  services: [
    {
      code: 'PAY-BASE',
      category: 'PAYROLL',
      kind: 'CORE',
      name: { da: 'Grundgebyr løn', en: 'Payroll base fee' },
      priceComponents: [
        { label: { en: 'Base fee', da: 'Grundgebyr' }, model: 'FLAT', period: 'MONTHLY', amount: '9000.00' },
      ],
      responsibilities: [{ task: { en: 'Run payroll' }, party: 'CENTRE' }],
    },
    {
      code: 'PAY-RUN',
      category: 'PAYROLL',
      kind: 'CORE',
      name: { da: 'Lønadministration', en: 'Payroll administration' },
      requires: [['PAY-BASE']],
      limits: [{ driver: 'PAYSLIPS', min: '1', max: null }],
      priceComponents: [
        {
          label: { en: 'Per payslip', da: 'Pr. lønseddel' },
          model: 'GRADUATED',
          period: 'MONTHLY',
          driver: 'PAYSLIPS',
          tiers: [
            { upTo: '1000', unitPrice: '38.00' },
            { upTo: null, unitPrice: '31.50' },
          ],
          minimumCharge: '500.00',
        },
      ],
      responsibilities: [{ task: { en: 'Register permanent pay changes' }, party: 'CUSTOMER' }],
    },
    {
      code: 'ACC',
      category: 'ACCOUNTING',
      kind: 'CORE',
      name: { da: 'Regnskab', en: 'Accounting' },
      priceComponents: [
        {
          label: { en: 'Per purchase invoice' },
          model: 'PER_UNIT',
          period: 'MONTHLY',
          driver: 'INVOICES_IN',
          unitPrice: '42.00',
        },
        { label: { en: 'Onboarding' }, model: 'FLAT', period: 'ONE_TIME', amount: '30000.00' },
      ],
    },
    {
      code: 'SCAN',
      category: 'ACCOUNTING',
      kind: 'ADDON',
      name: { en: 'Invoice scanning' },
      requires: [['ACC']],
      priceComponents: [
        {
          label: { en: 'Per scanned invoice' },
          model: 'VOLUME',
          period: 'MONTHLY',
          driver: 'INVOICES_IN',
          tiers: [
            { upTo: '100', unitPrice: '5.00' },
            { upTo: null, unitPrice: '4.00', flatFee: '50.00' },
          ],
        },
      ],
    },
    {
      code: 'CONSULT',
      category: 'ACCOUNTING',
      kind: 'ADDON',
      name: { en: 'Consulting' },
      priceComponents: [
        {
          label: { en: 'Per hour' },
          model: 'PER_UNIT',
          period: 'YEARLY',
          driver: 'HOURS',
          unitPrice: '650.00',
          fromYear: 2,
          toYear: 3,
        },
      ],
    },
    {
      code: 'OLD-SCAN',
      category: 'ACCOUNTING',
      kind: 'ADDON',
      status: 'DEPRECATED',
      name: { en: 'Paper scanning' },
      excludes: ['SCAN'],
      priceComponents: [{ label: { en: 'Monthly fee' }, model: 'FLAT', period: 'MONTHLY', amount: '100.00' }],
    },
  ],
  servicePackages: [
    {
      code: 'BASIS',
      name: { da: 'Basis', en: 'Basic' },
      description: { en: 'Payroll only.' },
      serviceLevel: 'STANDARD',
      discountPercent: '5',
      items: [{ service: 'PAY-BASE' }, { service: 'PAY-RUN', included: { PAYSLIPS: '10' } }],
      allowedAddOns: ['CONSULT'],
    },
  ],
};

/** The catalogue as the API's `ConfigurationCatalogue` query returns it: every translation of each text. */
export function configuratorCatalogueResponse(doc: CatalogueDocument = EXAMPLE_CATALOGUE) {
  return {
    catalogue: {
      number: 1,
      validFrom: doc.validFrom ?? null,
      currency: doc.provider.currency,
      provider: { code: doc.provider.code, name: doc.provider.name },
      categories: doc.categories.map((c) => ({ code: c.code, nameTranslations: c.name })),
      drivers: doc.drivers.map((d) => ({
        code: d.code,
        nameTranslations: d.name,
        unitTranslations: d.unit,
        integer: d.integer,
        standardMeasure: d.standardMeasure ?? null,
      })),
      serviceLevels: doc.serviceLevels.map((l) => ({
        code: l.code,
        nameTranslations: l.name,
        rank: l.rank,
        surchargePercent: l.surchargePercent,
        targets: (l.targets ?? []).map((t) => ({
          metric: t.metric,
          nameTranslations: t.name,
          value: t.value,
          unit: t.unit,
          serviceCode: t.service ?? null,
        })),
      })),
      services: doc.services.map((s) => ({
        code: s.code,
        nameTranslations: s.name,
        kind: s.kind,
        status: s.status ?? 'ACTIVE',
        category: s.category,
      })),
      servicePackages: doc.servicePackages.map((p) => ({
        code: p.code,
        nameTranslations: p.name,
        descriptionTranslations: p.description ?? null,
        serviceLevelCode: p.serviceLevel ?? null,
        discountPercent: p.discountPercent ?? '0',
        allowedAddOns: p.allowedAddOns ?? null,
        items: p.items.map((item) => ({
          serviceCode: item.service,
          included: Object.entries(item.included ?? {}).map(([driverCode, quantity]) => ({
            driverCode,
            quantity,
          })),
        })),
      })),
    },
  };
}

/** The `CatalogueVersions` answer: one published version of the example centre (in force, or published ahead). */
export function catalogueVersionsResponse(code = 'EX-DK', inForce = true) {
  return {
    providers: [
      {
        code,
        versions: [{ number: 1, status: 'PUBLISHED', validFrom: '2027-01-01', inForce, superseded: false }],
      },
    ],
  };
}

/** The catalogue as the API's `CatalogueBrowser` query returns it: every translation of each text. */
export function catalogueBrowserResponse(doc: CatalogueDocument = EXAMPLE_CATALOGUE) {
  const base = configuratorCatalogueResponse(doc).catalogue;
  return {
    catalogue: {
      ...base,
      id: '1',
      status: 'PUBLISHED',
      inForce: false,
      provider: { ...doc.provider },
      serviceLevels: doc.serviceLevels.map((l) => ({
        code: l.code,
        nameTranslations: l.name,
        rank: l.rank,
        surchargePercent: l.surchargePercent,
        targets: (l.targets ?? []).map((t) => ({
          metric: t.metric,
          nameTranslations: t.name,
          value: t.value,
          unit: t.unit,
          serviceCode: t.service ?? null,
        })),
      })),
      services: doc.services.map((s) => ({
        code: s.code,
        nameTranslations: s.name,
        descriptionTranslations: s.description ?? null,
        kind: s.kind,
        status: s.status ?? 'ACTIVE',
        category: s.category,
        requires: s.requires ?? [],
        excludes: s.excludes ?? [],
        limits: (s.limits ?? []).map((l) => ({
          driverCode: l.driver,
          min: l.min ?? null,
          max: l.max ?? null,
        })),
        priceComponents: s.priceComponents.map((c) => ({
          labelTranslations: c.label,
          model: c.model,
          period: c.period,
          driverCode: c.driver ?? null,
          amount: c.amount ?? null,
          unitPrice: c.unitPrice ?? null,
          tiers: (c.tiers ?? []).map((t) => ({
            upTo: t.upTo,
            unitPrice: t.unitPrice,
            flatFee: t.flatFee ?? '0',
          })),
          minimumCharge: c.minimumCharge ?? null,
          fromYear: c.fromYear ?? 1,
          toYear: c.toYear ?? null,
        })),
        responsibilities: (s.responsibilities ?? []).map((r) => ({
          taskTranslations: r.task,
          party: r.party,
        })),
      })),
    },
  };
}
