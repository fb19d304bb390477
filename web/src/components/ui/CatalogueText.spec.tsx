import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { i18next } from '../../i18n/i18n';
import { listWithNodes, translateWithNodes } from '../../i18n/translate-nodes';
import { CatalogueText, markLanguage, MarkedText } from './CatalogueText';

const PAYROLL = { da: 'Lønadministration', en: 'Payroll administration' };

/** The `lang` attributes of the rendered markup with their text (the page's own is on <html>). */
function languageParts(container: HTMLElement): Array<[string | null, string | null]> {
  return [...container.querySelectorAll('[lang]')].map((element) => [
    element.getAttribute('lang'),
    element.textContent,
  ]);
}

describe('catalogue texts in the page’s language, or marked with their own', () => {
  afterEach(cleanup);

  it('shows a text in the interface language without a lang attribute', async () => {
    await act(() => i18next.changeLanguage('da'));
    const { container } = render(<CatalogueText text={PAYROLL} />);
    expect(container.textContent).toBe('Lønadministration');
    expect(languageParts(container)).toEqual([]);
  });

  it('marks the English fallback with lang="en" when the interface language is missing', async () => {
    await act(() => i18next.changeLanguage('nb'));
    const { container } = render(<CatalogueText text={PAYROLL} />);
    expect(languageParts(container)).toEqual([['en', 'Payroll administration']]);
  });

  it('marks a text that only has one other language with that language', async () => {
    await act(() => i18next.changeLanguage('nb'));
    const { container } = render(<CatalogueText text={{ da: 'Rejseafregning' }} />);
    expect(languageParts(container)).toEqual([['da', 'Rejseafregning']]);
  });

  it('shows the fallback (a code) unmarked when there is no text', async () => {
    await act(() => i18next.changeLanguage('nb'));
    const { container } = render(<CatalogueText text={null} fallback="PAY-RUN" />);
    expect(container.textContent).toBe('PAY-RUN');
    expect(languageParts(container)).toEqual([]);
  });

  it('keeps a marked name inside a translated sentence, and in a list', async () => {
    await act(() => i18next.changeLanguage('nb'));
    const t = i18next.getFixedT('nb');
    const name = <CatalogueText text={PAYROLL} />;
    const other = <CatalogueText text={{ nb: 'Regnskap', en: 'Accounting' }} />;
    const list = listWithNodes(new Intl.ListFormat('nb', { type: 'disjunction' }), [name, other]);
    const { container } = render(<p>{translateWithNodes(t, 'catalogue.requires', { services: list })}</p>);
    expect(container.textContent).toBe('Krever: Payroll administration eller Regnskap.');
    expect(languageParts(container)).toEqual([['en', 'Payroll administration']]);
  });

  it('turns language marks in words built as strings into spans', async () => {
    await act(() => i18next.changeLanguage('nb'));
    const unit = markLanguage({ text: 'payslip', lang: 'en' });
    const words = i18next.getFixedT('nb')('price.perUnit.MONTHLY', { price: '38,00 NOK', unit });
    const { container } = render(<MarkedText text={words} />);
    expect(container.textContent?.replace(/\u00a0/g, ' ')).toBe('38,00 NOK per enhet (payslip) per måned');
    expect(languageParts(container)).toEqual([['en', 'payslip']]);
    expect(markLanguage({ text: 'lønseddel' })).toBe('lønseddel');
  });
});
