import { describe, expect, it } from 'vitest';
import { asLocalizedText, localized, localizedWithLanguage } from './localized';

describe('localized texts', () => {
  const danishAndEnglish = { da: 'Lønadministration', en: 'Payroll administration' };

  it('takes the interface language, else English, and says which it took', () => {
    expect(localizedWithLanguage(danishAndEnglish, 'da')).toEqual({
      text: 'Lønadministration',
      language: 'da',
    });
    expect(localizedWithLanguage(danishAndEnglish, 'nb')).toEqual({
      text: 'Payroll administration',
      language: 'en',
    });
    expect(localized(danishAndEnglish, 'sv')).toBe('Payroll administration');
  });

  it('falls back to the one language a text has, even when that is not English', () => {
    expect(localizedWithLanguage({ sv: 'Lönehantering' }, 'nb')).toEqual({
      text: 'Lönehantering',
      language: 'sv',
    });
  });

  it('treats what is not a language → text map as no text', () => {
    expect(localizedWithLanguage(null, 'en')).toEqual({ text: '', language: null });
    expect(localizedWithLanguage('Payroll', 'en')).toEqual({ text: '', language: null });
    expect(asLocalizedText({ en: 'Payroll', da: 7 })).toEqual({ en: 'Payroll' });
    expect(asLocalizedText(['Payroll'])).toBeNull();
  });
});
