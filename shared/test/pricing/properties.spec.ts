/** Invariants of the pricing rules, checked on random catalogues and configurations (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PriceComponentDocument, PricePeriod, TierDocument } from '../../src/catalogue/document.js';
import { Decimal } from '../../src/money/decimal.js';
import type { PriceBreakdown } from '../../src/pricing/index.js';
import { catalogue, flat, graduated, lineOf, perUnit, price, volume, volumes } from './catalogue-builder.js';

/** A non-negative decimal string with up to `maxScale` decimals, below 10^digits. */
const decimal = (digits = 6, maxScale = 2) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) - 1n }), fc.integer({ min: 0, max: maxScale }))
    .map(([units, scale]) => Decimal.fromUnits(units, scale).toString());

const wholeQuantity = fc.bigInt({ min: 0n, max: 100_000n }).map(String);
const hoursQuantity = decimal(7, 6);

/** Tiers with strictly ascending bounds, the last unbounded; prices falling when asked. */
const tierList = (options: { falling?: boolean; flatFees?: boolean } = {}) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 50_000 }), { minLength: 0, maxLength: 4 }),
      fc.array(decimal(4, 3), { minLength: 5, maxLength: 5 }),
      fc.array(decimal(5, 2), { minLength: 5, maxLength: 5 }),
    )
    .map(([bounds, prices, fees]): TierDocument[] => {
      const upTos = [...bounds].sort((a, b) => a - b).map(String);
      const unitPrices = options.falling
        ? [...prices].sort((a, b) => Decimal.parse(b).compare(Decimal.parse(a)))
        : prices;
      return [...upTos, null].map((upTo, i) => ({
        upTo,
        unitPrice: unitPrices[i],
        ...(options.flatFees === false ? {} : { flatFee: fees[i] }),
      }));
    });

const period = fc.constantFrom<PricePeriod>('ONE_TIME', 'MONTHLY', 'YEARLY');
const yearRange = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }))
  .map(([fromYear, span]) => ({ fromYear, toYear: span === undefined ? undefined : fromYear + span }));

/** A random price component on driver UNITS or HOURS; VOLUME only when `withVolume`. */
const priceComponent = (withVolume: boolean) =>
  fc
    .tuple(
      fc.constantFrom(
        ...(withVolume ? ['FLAT', 'PER_UNIT', 'GRADUATED', 'VOLUME'] : ['FLAT', 'PER_UNIT', 'GRADUATED']),
      ),
      fc.constantFrom('UNITS', 'HOURS'),
      period,
      yearRange,
      fc.option(decimal(5, 2), { nil: undefined }),
      decimal(6, 3),
      tierList(),
    )
    .map(([model, driver, p, years, minimumCharge, amount, tierDocs]): PriceComponentDocument => {
      const options = { period: p, ...years, ...(minimumCharge === undefined ? {} : { minimumCharge }) };
      if (model === 'FLAT') return flat(amount, options);
      if (model === 'PER_UNIT') return perUnit(driver, amount, options);
      return model === 'GRADUATED' ? graduated(driver, tierDocs, options) : volume(driver, tierDocs, options);
    });

const SERVICES = ['S0', 'S1', 'S2', 'S3', 'S4'];

/** A random catalogue of five services, a package of the first two, and one service level. */
const randomCatalogue = (withVolume = true) =>
  fc
    .record({
      components: fc.array(fc.array(priceComponent(withVolume), { minLength: 1, maxLength: 3 }), {
        minLength: SERVICES.length,
        maxLength: SERVICES.length,
      }),
      discountPercent: decimal(4, 2).filter((d) => Decimal.parse(d).lte(Decimal.HUNDRED)),
      surchargePercent: decimal(4, 2),
      included: fc.option(fc.bigInt({ min: 0n, max: 1000n }).map(String), { nil: undefined }),
    })
    .map(({ components, discountPercent, surchargePercent, included }) => {
      const builder = catalogue('NOK').driver('UNITS').driver('HOURS', false).level('L', 1, surchargePercent);
      SERVICES.forEach((code, i) => builder.service(code, components[i]));
      const firstItem = included === undefined ? 'S0' : { service: 'S0', included: { UNITS: included } };
      return builder.servicePackage('P', [firstItem, 'S1'], { discountPercent }).build();
    });

const sortedLines = (result: PriceBreakdown) =>
  [...result.lines].sort((a, b) =>
    a.serviceCode === b.serviceCode
      ? a.componentIndex - b.componentIndex
      : a.serviceCode < b.serviceCode
        ? -1
        : 1,
  );

const sum = (texts: string[]) => texts.reduce((total, text) => total.plus(Decimal.parse(text)), Decimal.ZERO);

describe('pricing properties', () => {
  it('does not depend on the order of service codes or volumes', () => {
    fc.assert(
      fc.property(
        randomCatalogue(),
        fc.subarray(SERVICES),
        fc.boolean(),
        wholeQuantity,
        hoursQuantity,
        fc.integer({ min: 1, max: 5 }),
        (doc, codes, withPackage, units, hours, contractYears) => {
          const servicePackageCode = withPackage ? 'P' : null;
          const input = {
            servicePackageCode,
            contractYears,
            serviceCodes: codes,
            volumes: volumes({ UNITS: units, HOURS: hours }),
          };
          const reordered = {
            ...input,
            serviceCodes: [...codes].reverse(),
            volumes: [...input.volumes].reverse(),
          };
          const a = price(doc, input);
          const b = price(doc, reordered);
          expect(b.totals).toEqual(a.totals);
          expect(b.years).toEqual(a.years);
          expect(sortedLines(b)).toEqual(sortedLines(a));
          expect(b.valid).toBe(a.valid);
        },
      ),
    );
  });

  it('adds the years up to the contract total, and each year up from its parts', () => {
    fc.assert(
      fc.property(
        randomCatalogue(),
        wholeQuantity,
        hoursQuantity,
        fc.integer({ min: 1, max: 10 }),
        (doc, units, hours, n) => {
          const result = price(doc, {
            servicePackageCode: 'P',
            serviceCodes: SERVICES,
            contractYears: n,
            volumes: volumes({ UNITS: units, HOURS: hours }),
          });
          expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
          for (const year of result.years)
            expect(sum([year.oneTime, year.recurring]).toString()).toBe(year.total);
          expect(sum(result.years.map((y) => y.total)).eq(Decimal.parse(result.totals.contractTotal))).toBe(
            true,
          );
          expect(result.totals.firstYear).toBe(result.years[0].total);
          // Every amount carries exactly the currency's two minor digits.
          for (const amount of [...result.lines.map((l) => l.amount), ...Object.values(result.totals)]) {
            expect(amount).toMatch(/^\d+\.\d{2}$/);
          }
        },
      ),
    );
  });

  it('prices GRADUATED as the sum of its tier slices', () => {
    fc.assert(
      fc.property(tierList(), hoursQuantity, (tierDocs, quantity) => {
        const doc = catalogue()
          .driver('HOURS', false)
          .service('G', [graduated('HOURS', tierDocs)])
          .build();
        const line = lineOf(price(doc, { serviceCodes: ['G'], volumes: volumes({ HOURS: quantity }) }), 'G');
        const slices = line.tiers ?? [];
        expect(sum(slices.map((s) => s.amount)).eq(Decimal.parse(line.base))).toBe(true);
        expect(sum(slices.map((s) => s.quantity)).eq(Decimal.parse(quantity))).toBe(true);
        for (const slice of slices) {
          const expected = Decimal.parse(slice.quantity)
            .times(Decimal.parse(slice.unitPrice))
            .plus(Decimal.parse(slice.flatFee));
          expect(expected.eq(Decimal.parse(slice.amount))).toBe(true);
        }
      }),
    );
  });

  it('never lowers a price when a quantity rises (non-negative prices, no VOLUME tiers)', () => {
    fc.assert(
      fc.property(
        randomCatalogue(false),
        fc.subarray(SERVICES, { minLength: 1 }),
        wholeQuantity,
        fc.bigInt({ min: 0n, max: 100_000n }),
        hoursQuantity,
        hoursQuantity,
        (doc, codes, units, extraUnits, hours, otherHours) => {
          const [lowHours, highHours] = Decimal.parse(hours).lte(Decimal.parse(otherHours))
            ? [hours, otherHours]
            : [otherHours, hours];
          const input = { servicePackageCode: 'P', serviceCodes: codes, contractYears: 4 };
          const low = price(doc, { ...input, volumes: volumes({ UNITS: units, HOURS: lowHours }) });
          const high = price(doc, {
            ...input,
            volumes: volumes({ UNITS: String(BigInt(units) + extraUnits), HOURS: highHours }),
          });
          low.lines.forEach((line, i) =>
            expect(Decimal.parse(line.amount).lte(Decimal.parse(high.lines[i].amount))).toBe(true),
          );
          expect(Decimal.parse(low.totals.contractTotal).lte(Decimal.parse(high.totals.contractTotal))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('with falling tier prices and no flat fees, never prices VOLUME above GRADUATED', () => {
    fc.assert(
      fc.property(tierList({ falling: true, flatFees: false }), hoursQuantity, (tierDocs, quantity) => {
        const doc = catalogue()
          .driver('HOURS', false)
          .service('G', [graduated('HOURS', tierDocs)])
          .service('V', [volume('HOURS', tierDocs)])
          .build();
        const result = price(doc, { serviceCodes: ['G', 'V'], volumes: volumes({ HOURS: quantity }) });
        expect(Decimal.parse(lineOf(result, 'V').base).lte(Decimal.parse(lineOf(result, 'G').base))).toBe(
          true,
        );
      }),
    );
  });
});
