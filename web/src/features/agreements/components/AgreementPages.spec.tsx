import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { AgreementDetail } from './AgreementDetail';
import { AgreementList } from './AgreementList';

const YEARS = [
  { year: 1, oneTime: '5000.00', recurring: '377040.00', total: '382040.00' },
  { year: 2, oneTime: '0.00', recurring: '377040.00', total: '377040.00' },
];

function agreement() {
  return {
    id: 'a1',
    reference: 'SA-DK-2026-0007-A',
    status: 'ACTIVE',
    providerCode: 'SA-DK',
    startDate: '2026-12-07',
    endDate: '2028-12-06',
    terminationReason: null,
    agency: { id: 'agency-1', name: 'Eksempelstyrelsen' },
    terms: [
      {
        kind: 'INITIAL',
        startDate: '2026-12-07',
        endDate: '2028-12-06',
        catalogueVersion: 3,
        price: {
          currency: 'DKK',
          contractYears: 2,
          upcomingChange: { catalogueVersion: 4, validFrom: '2027-07-01' },
          totals: { monthly: '31420.00' },
          years: YEARS,
        },
      },
    ],
  };
}

describe('My services', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the agreements with status, period and current monthly charges', async () => {
    const node = { ...agreement(), current: { price: { currency: 'DKK', totals: { monthly: '31420.00' } } } };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({ MyAgreements: () => ({ agreements: { totalCount: 1, edges: [{ node }] } }) }).fetchMock,
      ),
    );
    renderWithApp(<AgreementList />, { path: '/my-services' });
    const link = await screen.findByRole('link', { name: 'SA-DK-2026-0007-A' });
    expect(link.getAttribute('href')).toBe('/my-services/a1');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('7 December 2026 – 6 December 2028')).toBeTruthy();
    expect(within(row).getByText('DKK 31,420.00')).toBeTruthy();
  });

  it('says how an agreement starts when there is none', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(mockApi({ MyAgreements: () => ({ agreements: { totalCount: 0, edges: [] } }) }).fetchMock),
    );
    renderWithApp(<AgreementList />, { path: '/my-services' });
    expect(
      await screen.findByText('No agreements yet — an agreement starts when the centre accepts a quote.'),
    ).toBeTruthy();
  });

  it('shows each term with its price schedule per contract year and the upcoming price list', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({ AgreementDetail: () => ({ agreement: agreement() }) }).fetchMock));
    renderWithApp(<AgreementDetail agreementId="a1" />, { path: '/my-services/a1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'SA-DK-2026-0007-A' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Agreed term, 7 December 2026 – 6 December 2028' }),
    ).toBeTruthy();
    expect(screen.getByText(/a later price list applies only through an amendment or renewal/)).toBeTruthy();
    expect(
      screen.getByText(
        "Catalogue version 4 comes into force on 1 July 2027; it does not change this term's prices.",
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Price schedule per contract year' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent?.replace(/\s/g, ' '));
    expect(rows).toEqual([
      'Year 1DKK 5,000.00DKK 377,040.00DKK 382,040.00',
      'Year 2DKK 0.00DKK 377,040.00DKK 377,040.00',
    ]);
  });

  it('says so when the agreement is not there', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({ AgreementDetail: () => ({ agreement: null }) }).fetchMock));
    renderWithApp(<AgreementDetail agreementId="nope" />, { path: '/my-services/nope' });
    expect(
      await screen.findByText('There is no agreement at this address, or it is not one you may see.'),
    ).toBeTruthy();
  });
});
