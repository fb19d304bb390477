import { describe, expect, it } from 'vitest';
import { textForm } from './form-values';
import { USER_LOCALES } from './user-form';

describe('the languages a manager writes texts in', () => {
  it('are the six interface languages, English first, plus any other the text has', () => {
    expect(Object.keys(textForm(null))).toEqual(['en', 'da', 'nb', 'sv', 'fi', 'is']);
    expect(textForm({ en: 'Payroll', fi: 'Palkkahallinto', is: 'Launavinnsla', de: 'Lohn' })).toEqual({
      en: 'Payroll',
      da: '',
      nb: '',
      sv: '',
      fi: 'Palkkahallinto',
      is: 'Launavinnsla',
      de: 'Lohn',
    });
  });

  it('are the languages a user may prefer', () => {
    expect([...USER_LOCALES]).toEqual(['en', 'da', 'nb', 'sv', 'fi', 'is']);
  });
});
