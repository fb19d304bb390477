/**
 * The benchmark catalogue (provider BENCH): 10 services of 3 price components each, so that a
 * configuration of the FULL package with the three add-ons prices 30 lines — package with included
 * volumes, add-ons, graduated and volume tiers, a service level and three contract years. Used by
 * the pricing engine bench and, imported into the running app, by the API bench.
 */
import type {
  CatalogueDocument,
  PriceComponentDocument,
  ServiceDocument,
} from '../src/catalogue/document.js';
import type { ConfigurationInput } from '../src/pricing/index.js';

export const CONTRACT_YEARS = 3;

/** Quantities by driver code. */
export type Quantities = Readonly<Record<string, bigint>>;

const en = (text: string): Record<string, string> => ({ en: text });
const DRIVERS = ['PAYSLIPS', 'INVOICES_IN', 'INVOICES_OUT', 'TRAVEL_CLAIMS', 'POSTING_LINES'];
const GRADUATED_TIERS = [
  { upTo: '500', unitPrice: '28.00' },
  { upTo: '2000', unitPrice: '22.00', flatFee: '400.00' },
  { upTo: '10000', unitPrice: '17.25' },
  { upTo: null, unitPrice: '15.50' },
];
const VOLUME_TIERS = [
  { upTo: '1000', unitPrice: '16.00' },
  { upTo: '10000', unitPrice: '12.00', flatFee: '500.00' },
  { upTo: null, unitPrice: '9.00' },
];

/** Service i: a monthly fee, a graduated or volume price on its driver, and onboarding or a user fee. */
function benchService(i: number): ServiceDocument {
  const driver = DRIVERS[i % DRIVERS.length];
  const perVolume: PriceComponentDocument =
    i % 2 === 0
      ? {
          label: en('Per unit'),
          model: 'GRADUATED',
          period: 'MONTHLY',
          driver,
          tiers: GRADUATED_TIERS,
          minimumCharge: '1500.00',
        }
      : { label: en('Per unit'), model: 'VOLUME', period: 'MONTHLY', driver, tiers: VOLUME_TIERS };
  const third: PriceComponentDocument =
    i % 3 === 0
      ? { label: en('Onboarding'), model: 'FLAT', period: 'ONE_TIME', amount: '25000.00' }
      : {
          label: en('Per user'),
          model: 'PER_UNIT',
          period: 'YEARLY',
          driver: 'USERS',
          unitPrice: '412.50',
          toYear: 2,
        };
  return {
    code: `SVC-${i}`,
    category: 'CAT',
    kind: i < 7 ? 'CORE' : 'ADDON',
    name: en(`Service ${i}`),
    requires: i > 0 ? [[`SVC-${i - 1}`, 'SVC-0']] : [],
    limits: [{ driver, min: '1', max: '1000000' }],
    priceComponents: [
      { label: en('Monthly fee'), model: 'FLAT', period: 'MONTHLY', amount: `${1000 + i * 250}.00` },
      perVolume,
      third,
    ],
  };
}

export function benchCatalogue(): CatalogueDocument {
  return {
    provider: { code: 'BENCH', name: 'Bench centre', country: 'DK', currency: 'DKK', locale: 'da' },
    categories: [{ code: 'CAT', name: en('Category') }],
    drivers: [...DRIVERS, 'USERS'].map((code) => ({ code, name: en(code), unit: en('unit'), integer: true })),
    serviceLevels: [
      { code: 'BASIS', name: en('Basic'), rank: 1, surchargePercent: '0' },
      { code: 'PLUS', name: en('Plus'), rank: 2, surchargePercent: '7.5' },
    ],
    services: Array.from({ length: 10 }, (_, i) => benchService(i)),
    servicePackages: [
      {
        code: 'FULL',
        name: en('Full'),
        serviceLevel: 'BASIS',
        discountPercent: '4.5',
        items: Array.from({ length: 7 }, (_, i) => ({
          service: `SVC-${i}`,
          ...(i === 0 ? { included: { PAYSLIPS: '50' } } : {}),
        })),
        allowedAddOns: null,
      },
    ],
  };
}

export function configuration(quantities: Quantities): ConfigurationInput {
  return {
    providerCode: 'BENCH',
    servicePackageCode: 'FULL',
    serviceCodes: ['SVC-7', 'SVC-8', 'SVC-9'],
    serviceLevelCode: 'PLUS',
    volumes: Object.entries(quantities).map(([driverCode, quantity]) => ({
      driverCode,
      quantity: quantity.toString(),
    })),
    contractYears: CONTRACT_YEARS,
  };
}
