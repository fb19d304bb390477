import { describe, expect, it } from 'vitest';
import { i18next } from '../../../i18n/i18n';
import '../../../lib/manage/i18n';
import { EXAMPLE_CATALOGUE } from '../../../test/fixtures';
import { draftItemNamer, namedItem } from './item-names';

const t = (language: string) => i18next.getFixedT(language);

describe('names of draft items in messages', () => {
  it('puts the name in the reader’s language first and the code after it', () => {
    expect(namedItem(t('da'), { da: 'Løn', en: 'Payroll' }, 'LON', 'da')).toBe('Løn (LON)');
    expect(namedItem(t('en'), { da: 'Løn', en: 'Payroll' }, 'LON', 'en')).toBe('Payroll (LON)');
    // No Norwegian text: the English one.
    expect(namedItem(t('nb'), { da: 'Løn', en: 'Payroll' }, 'LON', 'nb')).toBe('Payroll (LON)');
  });

  it('keeps the bare code when there is no name yet or the name is the code', () => {
    expect(namedItem(t('en'), {}, 'NEW', 'en')).toBe('NEW');
    expect(namedItem(t('en'), { en: '  ' }, 'NEW', 'en')).toBe('NEW');
    expect(namedItem(t('en'), null, 'NEW', 'en')).toBe('NEW');
    expect(namedItem(t('en'), { en: 'PLUS' }, 'PLUS', 'en')).toBe('PLUS');
  });

  it('names every kind of item the draft has, and nothing it does not have', () => {
    const nameOf = draftItemNamer(EXAMPLE_CATALOGUE, t('da'), 'da');
    expect(nameOf('SERVICE', 'ACC')).toBe('Regnskab (ACC)');
    expect(nameOf('SERVICE', 'SCAN')).toBe('Invoice scanning (SCAN)');
    const [category] = EXAMPLE_CATALOGUE.categories;
    expect(nameOf('CATEGORY', category.code)).toMatch(new RegExp(`\\(${category.code}\\)$`));
    const [driver] = EXAMPLE_CATALOGUE.drivers;
    expect(nameOf('DRIVER', driver.code)).toMatch(new RegExp(`^\\S.* \\(${driver.code}\\)$`));
    const [level] = EXAMPLE_CATALOGUE.serviceLevels;
    expect(nameOf('SERVICE_LEVEL', level.code)).toMatch(new RegExp(`\\(${level.code}\\)$`));
    const [servicePackage] = EXAMPLE_CATALOGUE.servicePackages;
    expect(nameOf('SERVICE_PACKAGE', servicePackage.code)).toMatch(
      new RegExp(`\\(${servicePackage.code}\\)$`),
    );
    expect(nameOf('SERVICE', 'NO-SUCH')).toBeUndefined();
  });
});
