import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { QuoteList } from './QuoteList';

function node(n: number, status = 'DRAFT') {
  return {
    id: `q${n}`,
    displayReference: `SA-DK-2026-${String(n).padStart(4, '0')}`,
    name: `Quote ${n}`,
    status,
    revision: 1,
    validUntil: '2027-02-26',
    expired: false,
    agency: { id: 'agency-1', name: 'Eksempelstyrelsen' },
    price: { currency: 'DKK', totals: { firstYear: '294040.00', contractTotal: '563080.00' } },
  };
}

function page(nodes: ReturnType<typeof node>[], total: number, hasNextPage: boolean) {
  return {
    quotes: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      edges: nodes.map((item) => ({ cursor: item.id, node: item })),
    },
  };
}

describe('QuoteList', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says what to do when there are no quotes yet', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({ Quotes: () => page([], 0, false) }).fetchMock));
    renderWithApp(<QuoteList showAgency={false} />, { path: '/quotes' });
    expect(await screen.findByText('No quotes yet — configure a package and save it.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Configure a package' }).getAttribute('href')).toBe('/');
  });

  it('lists quotes with status, totals in the currency and validity, and shows more on request', async () => {
    const api = mockApi({
      Quotes: ({ after }) =>
        after ? page([node(3, 'SUBMITTED')], 3, false) : page([node(1), node(2, 'ACCEPTED')], 3, true),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<QuoteList showAgency={false} />, { path: '/quotes' });
    const table = within(await screen.findByRole('table', { name: 'Your quotes, newest first' }));
    const first = table.getByRole('row', { name: /SA-DK-2026-0001/ });
    expect(within(first).getByRole('link', { name: 'SA-DK-2026-0001' }).getAttribute('href')).toBe(
      '/quotes/q1',
    );
    expect(within(first).getByText('Draft')).toBeTruthy();
    expect(within(first).getByText('DKK 294,040.00')).toBeTruthy();
    expect(within(first).getByText('26 February 2027')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 3 quotes.');

    fireEvent.click(screen.getByRole('button', { name: 'Show more quotes' }));
    expect(await table.findByRole('row', { name: /SA-DK-2026-0003/ })).toBeTruthy();
    expect(
      api.calls.filter((call) => call.operation === 'Quotes').map((call) => call.variables.after),
    ).toEqual([null, 'cursor-1']);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 of 3 quotes.');
    expect(screen.queryByRole('button', { name: 'Show more quotes' })).toBeNull();
  });

  it('filters by status, kept in the address', async () => {
    const api = mockApi({ Quotes: ({ status }) => page(status ? [] : [node(1)], status ? 0 : 1, false) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<QuoteList showAgency />, { path: '/quotes' });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'SUBMITTED' } });
    expect(await screen.findByText('No quotes with this status.')).toBeTruthy();
    expect(api.calls.at(-1)?.variables.status).toBe('SUBMITTED');
    expect(lastLocation.current).toBe('/quotes?status=SUBMITTED');
  });
});
