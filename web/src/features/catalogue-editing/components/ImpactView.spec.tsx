import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import { versionsResponse } from '../../../test/manager-fixtures';
import { ImpactView } from './ImpactView';

const text = (element: Element) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const impact = (reference: string, fields: Record<string, unknown>) => ({
  quoteId: reference,
  reference,
  revision: 1,
  name: `Quote ${reference}`,
  agencyName: 'Eksempelstyrelsen',
  status: 'SUBMITTED',
  catalogueVersion: 1,
  currency: 'DKK',
  draftCurrency: 'DKK',
  firstYearBefore: '100000.00',
  firstYearAfter: '100000.00',
  firstYearDifference: '0.00',
  contractTotalBefore: '300000.00',
  contractTotalAfter: '300000.00',
  contractTotalDifference: '0.00',
  validAfter: true,
  problem: null,
  problems: [],
  ...fields,
});

/** A quote the draft cannot price: its service OLD is gone. */
const unpriceable = (reference: string, problem: { code: string; params: unknown; message: string }) =>
  impact(reference, {
    firstYearAfter: null,
    firstYearDifference: null,
    contractTotalAfter: null,
    contractTotalDifference: null,
    validAfter: null,
    problem: problem.message,
    problems: [{ field: 'serviceCodes[0]', ...problem }],
  });

const renewal = (reference: string, fields: Record<string, unknown>) => ({
  agreementId: reference,
  reference,
  agencyName: 'Eksempelstyrelsen',
  renewalDate: '2028-03-01',
  contractYears: 3,
  catalogueVersion: 1,
  currency: 'DKK',
  draftCurrency: 'DKK',
  firstYearBefore: '377040.00',
  firstYearAfter: '380046.00',
  firstYearDifference: '3006.00',
  contractTotalBefore: '1131120.00',
  contractTotalAfter: '1140138.00',
  contractTotalDifference: '9018.00',
  validAfter: true,
  problem: null,
  problems: [],
  ...fields,
});

const GONE = { code: 'UNKNOWN_SERVICE', params: { code: 'OLD' }, message: 'Unknown service "OLD"' };

describe('ImpactView', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows every open quote with totals before, after and the difference, largest change first', async () => {
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(),
      ManagerAgreementImpact: () => ({ draftAgreementImpact: [] }),
      ManagerImpact: () => ({
        draftImpact: [
          impact('SA-DK-2027-0001', {
            firstYearAfter: '101200.00',
            firstYearDifference: '1200.00',
            contractTotalAfter: '303600.00',
            contractTotalDifference: '3600.00',
          }),
          impact('SA-DK-2027-0002', {
            status: 'DRAFT',
            firstYearAfter: '90000.00',
            firstYearDifference: '-10000.00',
            contractTotalAfter: '270000.00',
            contractTotalDifference: '-30000.00',
          }),
          impact('SA-DK-2027-0003', {}),
          unpriceable('SA-DK-2027-0004', GONE),
        ],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImpactView providerCode="EX-DK" />);

    const table = await screen.findByRole('table', { name: '4 open quotes priced against the draft' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((row) => Array.from(row.querySelectorAll('th, td')).map(text));
    expect(rows.map((row) => row[0].slice(0, 15))).toEqual([
      'SA-DK-2027-0004',
      'SA-DK-2027-0002',
      'SA-DK-2027-0001',
      'SA-DK-2027-0003',
    ]);
    expect(rows[0]).toContain('Cannot be priced');
    expect(rows[0][0]).toContain('The draft no longer has the service OLD.');
    expect(rows[1][0]).toContain('Eksempelstyrelsen');
    expect(rows[1].slice(1)).toEqual([
      'DKK 100,000.00',
      'DKK 90,000.00',
      '-DKK 10,000.00',
      'DKK 300,000.00',
      'DKK 270,000.00',
      '-DKK 30,000.00',
    ]);
    expect(rows[2].slice(3)).toEqual(['+DKK 1,200.00', 'DKK 300,000.00', 'DKK 303,600.00', '+DKK 3,600.00']);
    expect(rows[1][0]).toContain('Being prepared');
  });

  it('words why a quote cannot be priced in the interface language, and keeps an unknown reason in marked English', async () => {
    await act(() => i18next.changeLanguage('da'));
    const future = { code: 'SOMETHING_NEW', params: {}, message: 'Something new went wrong' };
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(),
      ManagerAgreementImpact: () => ({ draftAgreementImpact: [] }),
      ManagerImpact: () => ({
        draftImpact: [unpriceable('SA-DK-2027-0004', GONE), unpriceable('SA-DK-2027-0005', future)],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImpactView providerCode="EX-DK" />);

    const worded = await screen.findByText('Kladden har ikke længere ydelsen OLD.');
    expect(worded.closest('[lang]')?.getAttribute('lang')).not.toBe('en');
    expect(screen.getByText('Something new went wrong').getAttribute('lang')).toBe('en');
  });

  it('says so when there is no open quote', async () => {
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(),
      ManagerAgreementImpact: () => ({ draftAgreementImpact: [] }),
      ManagerImpact: () => ({ draftImpact: [] }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImpactView providerCode="EX-DK" />);
    expect(
      await screen.findByText('There are no open quotes, so the draft changes no customer’s price.'),
    ).toBeTruthy();
  });

  it('lists the agreements renewing after the draft takes effect beside the open quotes: agency, reference, renewal date, current price against the draft', async () => {
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(),
      ManagerImpact: () => ({ draftImpact: [] }),
      ManagerAgreementImpact: () => ({
        draftAgreementImpact: [
          renewal('SA-DK-2027-0001-A', {}),
          renewal('SA-DK-2027-0007-A', {
            agencyName: 'Økonomistyrelsen',
            renewalDate: '2029-01-01',
            contractYears: 1,
            firstYearAfter: null,
            firstYearDifference: null,
            contractTotalAfter: null,
            contractTotalDifference: null,
            validAfter: null,
            problem: GONE.message,
            problems: [{ field: 'serviceCodes[0]', ...GONE }],
          }),
        ],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImpactView providerCode="EX-DK" />);

    expect(
      await screen.findByText('There are no open quotes, so the draft changes no customer’s price.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Agreements due for renewal', level: 2 })).toBeTruthy();
    const table = await screen.findByRole('table', {
      name: '2 agreement renewals priced against the draft',
    });
    const headings = within(table)
      .getAllByRole('columnheader')
      .map((cell) => text(cell));
    expect(headings).toContain('Current price list');
    expect(headings).toContain('With the draft');
    const rows = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((row) => Array.from(row.querySelectorAll('th, td')).map(text));
    expect(rows[0][0]).toBe('EksempelstyrelsenSA-DK-2027-0001-ARenews 1 March 2028 for 3 years');
    expect(rows[0].slice(1)).toEqual([
      'DKK 377,040.00',
      'DKK 380,046.00',
      '+DKK 3,006.00',
      'DKK 1,131,120.00',
      'DKK 1,140,138.00',
      '+DKK 9,018.00',
    ]);
    expect(rows[1][0]).toContain('Økonomistyrelsen');
    expect(rows[1][0]).toContain('Renews 1 January 2029 for 1 year');
    expect(rows[1][0]).toContain('The draft no longer has the service OLD.');
    expect(rows[1].slice(1)).toEqual([
      'DKK 377,040.00',
      'Cannot be priced',
      '–',
      'DKK 1,131,120.00',
      'Cannot be priced',
      '–',
    ]);
    expect(mock.calls.find((call) => call.operation === 'ManagerAgreementImpact')?.variables).toEqual({
      providerCode: 'EX-DK',
    });
  });

  it('says so when no agreement renews after the draft takes effect', async () => {
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(),
      ManagerImpact: () => ({ draftImpact: [] }),
      ManagerAgreementImpact: () => ({ draftAgreementImpact: [] }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImpactView providerCode="EX-DK" />);
    expect(
      await screen.findByText('No agreement renews on or after the day the draft takes effect.'),
    ).toBeTruthy();
  });
});
