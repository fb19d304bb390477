import { describe, expect, it } from 'vitest';
import { formErrors, placeErrors, type ErrorMapping } from '../../../lib/manage/form-errors';
import { packageFormPath, servicePackageForm } from '../model/package-form';
import type { SaveFailure } from '../../../lib/api-errors';

const invalid = (
  problems: Array<{ path: string; message: string; code?: string; params?: unknown }>,
  field: string | null = null,
  message = 'refused',
) => ({ kind: 'invalid', problems, field, message }) as Extract<SaveFailure, { kind: 'invalid' }>;

const service: ErrorMapping = { prefix: 'services[3]', formPath: (path) => path };

describe('formErrors', () => {
  it('puts document errors inside the edited item at its form paths, the rest on the whole form', () => {
    const problems = [
      {
        path: 'services[3].priceComponents[0].tiers[1].upTo',
        message: 'a',
        code: 'TIER_ORDER',
        params: { upTo: '5', previous: '10' },
      },
      { path: 'services[3].name', message: 'b' },
      { path: 'services[3]', message: 'c' },
      { path: 'services[30].code', message: 'd' },
      { path: 'servicePackages[0].items[1].service', message: 'e' },
    ];
    // Each keeps the API's error whole (code, params, English), to be worded where it is shown.
    expect(formErrors(invalid(problems), service)).toEqual([
      { path: 'priceComponents[0].tiers[1].upTo', documentError: problems[0] },
      { path: 'name', documentError: problems[1] },
      { path: null, documentError: problems[2] },
      { path: null, documentError: problems[3] },
      { path: null, documentError: problems[4] },
    ]);
  });

  it('uses extensions.field (an input path) when there is no list of errors', () => {
    expect(formErrors(invalid([], 'input.priceComponents[2].amount', 'not a decimal'), service)).toEqual([
      { path: 'priceComponents[2].amount', message: 'not a decimal', lang: 'en' },
    ]);
    expect(formErrors(invalid([], 'code'), service)).toEqual([
      { path: null, message: 'refused', lang: 'en' },
    ]);
  });

  it('maps the settings, which sit at the top of the document', () => {
    const settings: ErrorMapping = {
      prefix: '',
      formPath: (path) => (path === 'provider.currency' ? 'currency' : path),
    };
    expect(
      formErrors(
        invalid([
          { path: 'provider.currency', message: 'x' },
          { path: 'validFrom', message: 'y' },
        ]),
        settings,
      ).map((error) => error.path),
    ).toEqual(['currency', 'validFrom']);
  });
});

describe('placeErrors', () => {
  it('places a message at its field, else at the nearest group the form shows, else at the top', () => {
    const shown = new Set(['priceComponents[0]', 'priceComponents[0].tiers', 'name', 'name.en']);
    const placed = placeErrors(
      [
        { path: 'priceComponents[0].tiers[1].upTo', message: 'a' },
        { path: 'name.en', message: 'b' },
        { path: 'priceComponents[0].driver', message: 'c' },
        { path: 'limits[0].max', message: 'd' },
        { path: null, message: 'e' },
      ],
      (path) => shown.has(path),
    );
    expect(placed.map((error) => error.target)).toEqual([
      'priceComponents[0].tiers',
      'name.en',
      'priceComponents[0]',
      null,
      null,
    ]);
  });
});

describe('packageFormPath', () => {
  const form = servicePackageForm({
    code: 'BASIS',
    name: { en: 'Basic' },
    items: [{ service: 'PAY-BASE' }, { service: 'PAY-RUN', included: { USERS: '1', PAYSLIPS: '10' } }],
  });

  it('finds the row of an included quantity, which the document keeps as a map', () => {
    expect(packageFormPath('items[1].included.PAYSLIPS', form)).toBe('items[1].included[1].quantity');
    expect(packageFormPath('items[1].included.HOURS', form)).toBe('items[1].included');
    expect(packageFormPath('items[1].service', form)).toBe('items[1].service');
    expect(packageFormPath('discountPercent', form)).toBe('discountPercent');
  });
});
