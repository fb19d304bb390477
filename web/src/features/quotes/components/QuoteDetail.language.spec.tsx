import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { draftQuote, quoteNamesResponse } from '../../../test/quotes';
import { languageOf } from '../../../test/language';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { QuoteDetail } from './QuoteDetail';

/** A draft SA-DK quote (names in Danish and English) that misses a volume. */
function serveQuote() {
  const quote = draftQuote({
    price: {
      ...draftQuote().price,
      issues: [
        {
          code: 'MISSING_VOLUME',
          severity: 'ERROR',
          serviceCode: 'PAY',
          driverCode: 'PAYSLIPS',
          otherServiceCode: null,
          requiredAnyOf: null,
        },
      ],
    },
  });
  const api = mockApi({
    Me: () => ({ me: CUSTOMER }),
    Quote: () => ({ quote }),
    QuoteCatalogueNames: () => quoteNamesResponse(),
  });
  vi.stubGlobal('fetch', vi.fn(api.fetchMock));
  renderWithApp(<QuoteDetail quoteId={quote.id} />);
}

describe('QuoteDetail: the catalogue’s names in their own language', () => {
  beforeEach(() => signedInAs(CUSTOMER));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('marks English names and labels with lang="en" on a Norwegian page', async () => {
    await act(() => i18next.changeLanguage('nb'));
    serveQuote();
    const configuration = within(await screen.findByRole('region', { name: 'Konfigurasjon' }));
    expect(languageOf(await configuration.findByText('Payroll package'))).toBe('en');
    expect(languageOf(configuration.getByText('Invoice manager in IndFak'))).toBe('en');
    expect(languageOf(configuration.getByText('Payslips per month'))).toBe('en');
    const lines = within(screen.getByRole('table', { name: 'Prislinjer' }));
    expect(lines.getAllByText('Payroll').map(languageOf)).toEqual(['en', 'en']);
    expect(languageOf(lines.getByText('Per payslip'))).toBe('en');
    // The list of what to fix: a Norwegian sentence with the English names marked inside it.
    const issue = within(screen.getByRole('region', { name: /rettes/i })).getByRole('listitem');
    expect(languageOf(issue)).toBe('nb');
    expect(
      within(issue)
        .getAllByText(/Payroll|Payslips per month/)
        .map(languageOf),
    ).toEqual(['en', 'en']);
  });

  it('adds no lang attribute to the names on a Danish page', async () => {
    await act(() => i18next.changeLanguage('da'));
    serveQuote();
    const configuration = within(await screen.findByRole('region', { name: 'Konfiguration' }));
    expect((await configuration.findByText('Lønpakke')).closest('[lang]')).toBe(document.documentElement);
    expect(screen.getByText('Pr. lønseddel').closest('[lang]')).toBe(document.documentElement);
    expect(document.body.querySelectorAll('[lang]')).toHaveLength(0);
  });
});
