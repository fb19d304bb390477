import { describe, expect, it } from 'vitest';
import { textForm } from './form-values';

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
});
