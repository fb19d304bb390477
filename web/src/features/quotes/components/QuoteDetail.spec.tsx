import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { draftQuote, quoteNamesResponse } from '../../../test/quotes';
import type { QuoteDetailFieldsFragment } from '../../../lib/graphql/generated/graphql';
import { QuoteDetail } from './QuoteDetail';

function serve(quote: QuoteDetailFieldsFragment, more: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({
    Me: () => ({ me: CUSTOMER }),
    Quote: () => ({ quote }),
    QuoteCatalogueNames: () => quoteNamesResponse(),
    ...more,
  });
  vi.stubGlobal('fetch', vi.fn(api.fetchMock));
  renderWithApp(<QuoteDetail quoteId={quote.id} />);
  return api;
}

const buttons = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('QuoteDetail', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows reference, status, validity, configuration, the stored price and the comments', async () => {
    serve(draftQuote());
    expect(await screen.findByRole('heading', { level: 1, name: 'Payroll 2027' })).toBeTruthy();
    const facts = within(screen.getByRole('region', { name: 'About this quote' }));
    expect(facts.getByText('SA-DK-2026-0042')).toBeTruthy();
    expect(facts.getByText('26 February 2027')).toBeTruthy();
    expect(facts.getByText('Contract start').nextElementSibling?.textContent).toBe('1 January 2027');
    expect(screen.queryByText(/version \d+ applies/)).toBeNull();
    const configuration = within(screen.getByRole('region', { name: 'Configuration' }));
    expect(await configuration.findByText('Payroll package')).toBeTruthy();
    expect(configuration.getByText('Invoice manager in IndFak')).toBeTruthy();
    expect(configuration.getByText('Payslips per month: 600')).toBeTruthy();
    const lines = within(screen.getByRole('table', { name: 'Price lines' }));
    expect(lines.getByText('600 (590 charged)')).toBeTruthy();
    expect(lines.getByText('1–2')).toBeTruthy();
    const [, body, foot] = lines.getAllByRole('rowgroup');
    expect(within(body).getByText('DKK 22,420.00')).toBeTruthy();
    // Under the lines: totals for the month, the first year and the whole contract.
    expect(
      within(foot)
        .getAllByRole('row')
        .map((row) => [
          within(row).getByRole('rowheader').textContent,
          within(row).getByRole('cell').textContent?.replace(/\s/g, ' '),
        ]),
    ).toEqual([
      ['Total monthly charges', 'DKK 22,420.00'],
      ['Total for the first year', 'DKK 294,040.00'],
      ['Total for the whole contract', 'DKK 563,080.00'],
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Price per contract year' })).getAllByRole('row'),
    ).toHaveLength(4);
    expect(screen.getAllByText('All prices exclude VAT.').length).toBeGreaterThan(0);
    expect(screen.getByText('Start in January.')).toBeTruthy();
  });

  it.each([
    ['DRAFT', ['Submit to the centre', 'Discard draft', 'Rename'], ['Revise', 'Withdraw']],
    ['SUBMITTED', ['Revise', 'Withdraw'], ['Submit to the centre', 'Rename', 'Discard draft']],
    ['ACCEPTED', ['Revise'], ['Submit to the centre', 'Withdraw', 'Discard draft', 'Rename']],
    ['WITHDRAWN', ['Revise'], ['Submit to the centre', 'Withdraw', 'Discard draft']],
  ] as const)('offers the actions of a %s quote', async (status, offered, absent) => {
    serve(draftQuote({ status }));
    await screen.findByRole('heading', { level: 1 });
    for (const name of offered) expect(buttons()).toContain(name);
    for (const name of absent) expect(buttons()).not.toContain(name);
    const edit = screen.queryByRole('link', { name: 'Change the configuration' });
    if (status === 'DRAFT') {
      expect(edit?.getAttribute('href')).toBe(
        '/quotes/q1/edit?version=1&package=LON&services=INDFAK&years=2&start=2027-01-01&volume.PAYSLIPS=600',
      );
    } else expect(edit).toBeNull();
  });

  it('offers nothing but comments on an older revision, and says where the latest is', async () => {
    serve(draftQuote({ status: 'WITHDRAWN', latestRevision: false }));
    await screen.findByRole('heading', { level: 1 });
    expect(buttons()).not.toContain('Revise');
    const actions = within(screen.getByRole('region', { name: 'What you can do' }));
    expect(
      actions.getByText(
        'This is an older revision, kept for the record. Only the latest revision of SA-DK-2026-0042 can be revised; you find it among your quotes.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toBeTruthy();
  });

  it('offers an account manager only the comments', async () => {
    signedInAs({ ...CUSTOMER, role: 'ACCOUNT_MANAGER', agency: null, providerCode: 'SA-DK' });
    serve(draftQuote({ status: 'SUBMITTED' }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'What you can do' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toBeTruthy();
  });

  it('submits with the version shown, then says so and shows the new status', async () => {
    const api = serve(draftQuote(), {
      SubmitQuote: () => ({ submitQuote: draftQuote({ status: 'SUBMITTED', version: 4 }) }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Submit to the centre' }));
    const notice = await screen.findByText(
      'The quote has been submitted to the centre. Its status is now Submitted.',
    );
    expect(api.calls.find((call) => call.operation === 'SubmitQuote')?.variables).toEqual({
      id: 'q1',
      expectedVersion: 3,
    });
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
    expect(buttons()).not.toContain('Submit to the centre');
    expect(screen.getAllByText('Submitted').length).toBeGreaterThan(0);
  });

  it('words a CONFLICT for people and reloads the quote on request', async () => {
    let version = 3;
    const api = serve(draftQuote(), {
      Quote: () => ({ quote: draftQuote({ version }) }),
      WithdrawQuote: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Discard draft' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard the draft', hidden: true }));
    expect(
      await screen.findByText('Someone else changed this quote — reload to see the latest.'),
    ).toBeTruthy();
    version = 5;
    const before = api.calls.filter((call) => call.operation === 'Quote').length;
    fireEvent.click(screen.getByRole('button', { name: 'Reload the quote' }));
    await waitFor(() =>
      expect(api.calls.filter((call) => call.operation === 'Quote').length).toBe(before + 1),
    );
    expect(screen.queryByText('Someone else changed this quote — reload to see the latest.')).toBeNull();
  });

  it('lists in words what the API names when it refuses to submit', async () => {
    serve(draftQuote(), {
      SubmitQuote: () =>
        graphQLErrors({
          code: 'BAD_USER_INPUT',
          field: 'configuration',
          issues: [
            { code: 'MISSING_VOLUME', serviceCode: 'PAY', driverCode: 'PAYSLIPS', severity: 'ERROR' },
            { code: 'MISSING_DEPENDENCY', serviceCode: 'INDFAK', requiredAnyOf: ['ACC'], severity: 'ERROR' },
          ],
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Submit to the centre' }));
    expect(await screen.findByText('The quote cannot be submitted until these are fixed:')).toBeTruthy();
    expect(screen.getByText('Payroll needs a volume for Payslips per month.')).toBeTruthy();
    expect(screen.getByText('Invoice manager in IndFak needs one of: Accounting.')).toBeTruthy();
  });

  it('adds a comment, empties the field and announces it', async () => {
    const api = serve(draftQuote(), {
      AddQuoteComment: ({ text }) => ({
        addQuoteComment: { id: 'c2', authorName: 'Karin Kunde', createdAt: '2026-11-29T09:00:00.000Z', text },
      }),
    });
    const field = await screen.findByRole('textbox', { name: 'Add a comment' });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Write a comment first.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '  Can we start in March?  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Can we start in March?')).toBeTruthy();
    expect(api.calls.find((call) => call.operation === 'AddQuoteComment')?.variables).toEqual({
      id: 'q1',
      text: 'Can we start in March?',
    });
    expect((field as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByText('Your comment has been added.')).toBeTruthy();
  });

  it('says in words when the quote does not exist or cannot be seen', async () => {
    serve(draftQuote(), { Quote: () => ({ quote: null }) });
    expect(
      await screen.findByText('There is no quote at this address, or it is not one you may see.'),
    ).toBeTruthy();
  });

  it('says beside a stored price that a later version applies from a day, and that an agreement keeps its prices', async () => {
    const quote = draftQuote();
    serve({
      ...quote,
      price: { ...quote.price, upcomingChange: { catalogueVersion: 2, validFrom: '2027-07-01' } },
    });
    expect(await screen.findByText('From 1 July 2027 version 2 applies.')).toBeTruthy();
    expect(
      screen.getByText(
        "An agreement's prices are fixed for its term; a later price list applies only through an amendment or a renewal.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Price from then' })).toBeNull();
  });
});
