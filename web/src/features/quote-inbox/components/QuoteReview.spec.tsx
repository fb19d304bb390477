import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import '../i18n';
import { draftQuote, quoteNamesResponse } from '../../../test/quotes';
import { QuoteReview } from './QuoteReview';

/** A submitted quote as the shared Quote query answers it (the customer's page asks the same). */
function quoteResponse() {
  return {
    quote: draftQuote({
      displayReference: 'SA-DK-2027-0042',
      status: 'SUBMITTED',
      version: 4,
      submittedAt: '2027-01-10T09:00:00Z',
      comments: [
        {
          id: 'c1',
          authorName: 'Karen',
          createdAt: '2027-01-10T09:05:00Z',
          text: 'We expect more payslips.',
        },
      ],
    }),
  };
}

describe('QuoteReview', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('needs a reason to reject, and sends the decision with the quote’s version', async () => {
    const mock = mockApi({
      Quote: () => quoteResponse(),
      QuoteCatalogueNames: () => quoteNamesResponse(),
      ManagerDecideQuote: () => ({ decideQuote: { id: 'q1', status: 'REJECTED', version: 5 } }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<QuoteReview quoteId="q1" />);
    await screen.findByRole('heading', { level: 1, name: 'Quote SA-DK-2027-0042: Payroll 2027' });
    expect(screen.getByText('We expect more payslips.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Reject the quote' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject the quote' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for the rejection' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Write the reason for the rejection.')).toBeTruthy();
    expect(mock.calls.some((call) => call.operation === 'ManagerDecideQuote')).toBe(false);

    fireEvent.change(reason, { target: { value: 'Volumes above our capacity in 2027.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject the quote' }));
    await waitFor(() => expect(lastLocation.current).toBe('/manage/quotes'));
    expect(mock.calls.find((call) => call.operation === 'ManagerDecideQuote')?.variables).toEqual({
      id: 'q1',
      decision: 'REJECT',
      comment: 'Volumes above our capacity in 2027.',
      expectedVersion: 4,
    });
  });

  it('refuses a comment or a decision comment with a forbidden character or over 2,000 characters at the field, sending nothing', async () => {
    const mock = mockApi({
      Quote: () => quoteResponse(),
      QuoteCatalogueNames: () => quoteNamesResponse(),
      AddQuoteComment: () => ({ addQuoteComment: { id: 'c2' } }),
      ManagerDecideQuote: () => ({ decideQuote: { id: 'q1', status: 'ACCEPTED', version: 5 } }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<QuoteReview quoteId="q1" />);
    const comment = await screen.findByRole('textbox', { name: 'Add a comment' });
    fireEvent.change(comment, { target: { value: 'More\u202Epayslips' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/text-direction character \(U\+202E, character 5\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Accept the quote' }));
    const decisionComment = screen.getByRole('textbox', { name: 'Comment to the agency (optional)' });
    fireEvent.change(decisionComment, { target: { value: '😀'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }));
    await waitFor(() => expect(decisionComment.getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getByText('The comment can have at most 2000 characters. Shorten it and try again.'),
    ).toBeTruthy();
    expect(
      mock.calls.filter((call) => ['AddQuoteComment', 'ManagerDecideQuote'].includes(call.operation)),
    ).toHaveLength(0);
  });

  it('says in words when the quote changed meanwhile', async () => {
    const mock = mockApi({
      Quote: () => quoteResponse(),
      QuoteCatalogueNames: () => quoteNamesResponse(),
      ManagerDecideQuote: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<QuoteReview quoteId="q1" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Accept the quote' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }));
    expect(
      await screen.findByText(
        'Someone else changed this quote since you opened it — reload to see their change, then decide again.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the quote' })).toBeTruthy();
  });

  it('names the services, package, level and drivers in the reader’s language, with the codes after them', async () => {
    const mock = mockApi({
      Quote: () => quoteResponse(),
      QuoteCatalogueNames: () => quoteNamesResponse(),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<QuoteReview quoteId="q1" />);
    const configuration = await screen.findByRole('region', { name: 'Configuration' });
    await waitFor(() => expect(configuration.textContent).toContain('Payroll package (LON)'));
    expect(configuration.textContent).toContain('Invoice manager in IndFak (INDFAK)');
    expect(configuration.textContent).toContain('Payslips per month (PAYSLIPS): 600');
    const lines = screen.getByRole('table', { name: 'Price lines' });
    expect(lines.textContent).toContain('Payroll (PAY)');
    expect(lines.textContent).toContain('Payslips per month');
    expect(screen.getByText('Eksempelstyrelsen (31250005)')).toBeTruthy();
    // One quote query, shared with the customer's page: no second shape of the same quote.
    expect(mock.calls.map((call) => call.operation).filter((name) => name.startsWith('Manager'))).toEqual([]);
  });
});
