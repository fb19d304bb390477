import { describe, expect, it } from 'vitest';
import { validateCatalogueDocument } from '@servicekatalog/shared';
import { i18next } from '../../i18n/i18n';
import { describeDocumentError } from './describe-document-error';
import './i18n';

const inLanguage = (language: string) => i18next.getFixedT(language);

const tierOrder = {
  path: 'services[1].priceComponents[0].tiers[1].upTo',
  code: 'TIER_ORDER',
  params: { upTo: '400', previous: '500' },
  message:
    '"upTo" must be greater than the previous tier\'s upTo ("500"); tiers go in strictly ascending order.',
};

describe('describeDocumentError', () => {
  it('words an error in the interface language from its code and params', () => {
    expect(describeDocumentError(tierOrder, inLanguage('da'))).toEqual({
      text: '“upTo” skal være større end det forrige trins upTo ("500"); trinene skal stå i strengt stigende orden.',
    });
    expect(describeDocumentError(tierOrder, inLanguage('sv')).text).toBe(
      '”upTo” måste vara större än föregående stegs upTo ("500"); stegen ska stå i strikt stigande ordning.',
    );
  });

  it('words what was expected and what was found with the phrases of the language', () => {
    const error = {
      code: 'WRONG_TYPE',
      params: {
        field: 'currency',
        expected: 'CURRENCY_CODE',
        actual: 'NUMBER',
        value: '578',
        currencies: 'DKK, NOK',
      },
      message: '"currency" must be a supported ISO 4217 currency code (DKK, NOK), not the JSON number 578.',
    };
    expect(describeDocumentError(error, inLanguage('da')).text).toBe(
      '“currency” skal være en understøttet valutakode efter ISO 4217 (DKK, NOK), ikke JSON-tallet 578.',
    );
    expect(describeDocumentError(error, inLanguage('nb')).text).toBe(
      '«currency» må være en støttet valutakode etter ISO 4217 (DKK, NOK), ikke JSON-tallet 578.',
    );
  });

  it('adds the suggestion when there is one', () => {
    const unknown = {
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'DRIVER', code: 'PAYSLIP' },
      message: 'Unknown driver "PAYSLIP": no driver in this document has that code.',
    };
    expect(describeDocumentError(unknown, inLanguage('nb')).text).toBe(
      'Koden «PAYSLIP» (volumdriver) finnes ikke i dette dokumentet.',
    );
    const misspelt = { ...unknown, params: { ...unknown.params, suggestion: 'PAYSLIPS' } };
    expect(describeDocumentError(misspelt, inLanguage('nb')).text).toBe(
      'Koden «PAYSLIP» (volumdriver) finnes ikke i dette dokumentet. Mente du «PAYSLIPS»?',
    );
  });

  it("keeps the API's English sentence, marked as English, for what it cannot word whole", () => {
    const da = inLanguage('da');
    const english = { text: tierOrder.message, lang: 'en' };
    // A code of a newer API, an older API without code and params, a phrase word of a newer API,
    // a param the sentence needs that is missing, and params that are not flat.
    expect(describeDocumentError({ ...tierOrder, code: 'TIER_GAP' }, da)).toEqual(english);
    expect(describeDocumentError({ message: tierOrder.message }, da)).toEqual(english);
    expect(
      describeDocumentError(
        { ...tierOrder, code: 'WRONG_TYPE', params: { field: 'x', expected: 'COLOUR', actual: 'NULL' } },
        da,
      ),
    ).toEqual(english);
    expect(describeDocumentError({ ...tierOrder, params: { upTo: '400' } }, da)).toEqual(english);
    expect(describeDocumentError({ ...tierOrder, params: { upTo: '400', previous: ['500'] } }, da)).toEqual(
      english,
    );
    expect(describeDocumentError({ ...tierOrder, params: null }, da)).toEqual(english);
  });

  it('needs the params of a phrase too', () => {
    const error = {
      code: 'INVALID_FORMAT',
      params: { field: 'currency', expected: 'CURRENCY_CODE', value: '"NKR"' },
      message: 'English',
    };
    expect(describeDocumentError(error, inLanguage('da'))).toEqual({ text: 'English', lang: 'en' });
  });

  it('words every error of a broken document in English exactly as the API does, and in the other languages with every placeholder filled', () => {
    const { errors } = validateCatalogueDocument(BROKEN);
    expect(new Set(errors.map((error) => error.code)).size).toBeGreaterThanOrEqual(20);
    for (const error of errors) {
      expect(describeDocumentError(error, inLanguage('en'))).toEqual({ text: error.message });
      for (const language of ['da', 'nb', 'sv']) {
        const { text, lang } = describeDocumentError(error, inLanguage(language));
        expect(lang).toBeUndefined();
        expect(text).not.toBe(error.message);
        expect(text).not.toMatch(/\{\{|\}\}|documentErrors\./);
      }
    }
  });
});

/** A document that breaks many rules at once. */
const BROKEN = {
  provider: { code: 'ex', name: '', country: 5, currency: 'NKR', locale: 'dk', website: 'x' },
  validFrom: '2027-02-30',
  categories: [{ code: 'PAY', name: { dk: 'Løn' } }],
  drivers: [{ code: 'SLIPS', name: { en: 'Slips' }, unit: { en: 'slip' }, integer: 'yes' }],
  serviceLevels: [
    { code: 'STD', name: { en: 'Std' }, rank: 1, surchargePercent: 5 },
    { code: 'STD', name: { en: 'Std' }, rank: 1, surchargePercent: '-5' },
  ],
  services: [
    {
      code: 'A',
      category: 'PAX',
      kind: 'COER',
      name: { en: 'A' },
      requires: [['B'], []],
      excludes: ['A'],
      limits: [
        { driver: 'SLIPS', min: '10', max: '5' },
        { driver: 'SLIPS', min: '1.12345678' },
      ],
      priceComponents: [
        { label: { en: 'Flat' }, model: 'FLAT', period: 'MONTHLY', driver: 'SLIPS' },
        {
          label: { en: 'Tiers' },
          model: 'GRADUATED',
          period: 'MONTHLY',
          driver: 'SLIP',
          tiers: [
            { upTo: null, unitPrice: '1,5' },
            { upTo: '5', unitPrice: '1' },
            { upTo: '4', unitPrice: '1' },
          ],
          fromYear: 0,
          toYear: null,
        },
        {
          label: { en: 'Years' },
          model: 'VOLUME',
          period: 'YEARLY',
          driver: 'SLIPS',
          tiers: [],
          fromYear: 3,
          toYear: 2,
        },
      ],
    },
    { code: 'B', category: 'PAY', kind: 'CORE', name: { en: 'B' }, requires: [['A']], priceComponents: [] },
  ],
  servicePackages: [
    {
      code: 'P',
      name: { en: 'P' },
      serviceLevel: 'GOLD',
      discountPercent: '101',
      items: [{ service: 'A' }, { service: 'A' }],
      allowedAddOns: ['B'],
    },
  ],
};

describe('describeDocumentError with the page’s names of items', () => {
  const nameOf = (kind: string, code: string) =>
    kind === 'SERVICE' && code === 'ACC' ? 'Regnskab (ACC)' : undefined;

  it('names an item the page knows by its name first, the code after it; other codes stay bare', () => {
    const requiresExcluded = {
      code: 'REQUIRES_EXCLUDED_SERVICE',
      params: { service: 'SCAN', required: 'ACC' },
      message: 'Service "SCAN" requires "ACC", which it excludes; "SCAN" could never be selected.',
    };
    expect(describeDocumentError(requiresExcluded, inLanguage('en'), nameOf).text).toBe(
      'Service "SCAN" requires "Regnskab (ACC)", which it excludes; "SCAN" could never be selected.',
    );
    const unknown = {
      code: 'UNKNOWN_REFERENCE',
      params: { item: 'SERVICE', code: 'ACC' },
      message: 'Unknown service "ACC": no service in this document has that code.',
    };
    expect(describeDocumentError(unknown, inLanguage('en'), nameOf).text).toBe(
      'Unknown service "Regnskab (ACC)": no service in this document has that code.',
    );
  });

  it('keeps a duplicate code bare: the message is about the code itself', () => {
    const duplicate = {
      code: 'DUPLICATE_CODE',
      params: { item: 'SERVICE', code: 'ACC', list: 'services', first: 0 },
      message: 'Duplicate service code "ACC": services[0] already has it.',
    };
    expect(describeDocumentError(duplicate, inLanguage('en'), nameOf).text).toBe(
      'Duplicate service code "ACC": services[0] already has it.',
    );
  });
});
