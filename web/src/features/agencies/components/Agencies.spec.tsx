import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import '../i18n';
import { versionsResponse } from '../../../test/manager-fixtures';
import { AgencyList } from './AgencyList';
import { AgencyCreatePage, AgencyEditPage } from './AgencyPages';

type Responder = Parameters<typeof mockApi>[0][string];

const EKSEMPEL = {
  id: 'agency-1',
  name: 'Eksempelstyrelsen',
  organisationNumber: '31250005',
  country: 'DK',
  providerCode: 'EX-DK',
};

function agenciesResponse(nodes = [EKSEMPEL]) {
  return {
    agencies: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  };
}

/** The agency pages under their addresses, so saving can lead from one to the other. */
function renderAgencies(path: string, ownCentre: string | null, responders: Record<string, Responder>) {
  const mock = mockApi({
    ManagerVersions: () => versionsResponse(),
    ManagerAgencies: () => agenciesResponse(),
    ManagerAgency: () => ({ agency: { ...EKSEMPEL, version: 2 } }),
    ...responders,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(
    <Routes>
      <Route path="/manage/agencies" element={<AgencyList ownCentre={ownCentre} />} />
      <Route path="/manage/agencies/new" element={<AgencyCreatePage ownCentre={ownCentre} />} />
      <Route path="/manage/agencies/:id" element={<AgencyEditPage id="agency-1" ownCentre={ownCentre} />} />
    </Routes>,
    { path },
  );
  return mock;
}

const callsOf = (mock: ReturnType<typeof mockApi>, operation: string) =>
  mock.calls.filter((call) => call.operation === operation);

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('agencies in the manager area', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the agencies of the account manager’s own centre with number, country and centre', async () => {
    const mock = renderAgencies('/manage/agencies', 'EX-DK', {});
    const table = await screen.findByRole('table', { name: '1 agency' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells).toEqual([['Eksempelstyrelsen', '31250005', 'Denmark', 'EX-DK']]);
    expect(within(table).getByRole('link', { name: 'Eksempelstyrelsen' }).getAttribute('href')).toBe(
      '/manage/agencies/agency-1',
    );
    expect(callsOf(mock, 'ManagerAgencies')[0].variables).toMatchObject({ providerCode: 'EX-DK' });
    // Only administrators choose a centre.
    expect(screen.queryByRole('combobox', { name: 'Centre' })).toBeNull();
  });

  it('lets an administrator narrow the list to one centre, kept in the address', async () => {
    const mock = renderAgencies('/manage/agencies', null, {});
    await screen.findByRole('table', { name: '1 agency' });
    expect(callsOf(mock, 'ManagerAgencies')[0].variables).toMatchObject({ providerCode: null });
    const centre = screen.getByRole('combobox', { name: 'Centre' });
    await screen.findByRole('option', { name: 'Eksempelcentret (EX-DK)' });
    fireEvent.change(centre, { target: { value: 'EX-DK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(callsOf(mock, 'ManagerAgencies')).toHaveLength(2));
    expect(callsOf(mock, 'ManagerAgencies')[1].variables).toMatchObject({ providerCode: 'EX-DK' });
    expect(lastLocation.current).toBe('/manage/agencies?centre=EX-DK');
  });

  it('registers an agency for the account manager’s own centre and says so on the list, with focus', async () => {
    const mock = renderAgencies('/manage/agencies/new', 'EX-DK', {
      ManagerCreateAgency: () => ({ createAgency: { id: 'agency-9', name: 'Testmyndigheden', version: 1 } }),
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), {
      target: { value: ' Testmyndigheden ' },
    });
    // The country of the manager's centre is chosen already; the centre cannot be changed.
    expect((screen.getByRole('combobox', { name: 'Country' }) as HTMLSelectElement).value).toBe('DK');
    expect(screen.getByRole('textbox', { name: 'Centre' }).hasAttribute('readonly')).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Organisation number' }), {
      target: { value: '10150817' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Register the agency' }));

    const notice = await screen.findByText('Testmyndigheden was registered.');
    expect(callsOf(mock, 'ManagerCreateAgency')[0].variables).toEqual({
      input: {
        name: 'Testmyndigheden',
        country: 'DK',
        organisationNumber: '10150817',
        providerCode: 'EX-DK',
      },
    });
    expect(lastLocation.current).toBe('/manage/agencies');
    await waitFor(() => expect(notice.closest('.ds-alert')?.contains(document.activeElement)).toBe(true));
  });

  it('shows the API’s refusal of an organisation number at that field and in the error summary', async () => {
    const message = 'organisationNumber is not valid: "12345678" is not a valid Danish CVR number.';
    renderAgencies('/manage/agencies/new', 'EX-DK', {
      ManagerCreateAgency: () => graphQLErrors({ code: 'BAD_USER_INPUT', field: 'input.organisationNumber' }),
    });
    const number = await screen.findByRole('textbox', { name: 'Organisation number' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Testmyndigheden' } });
    fireEvent.change(number, { target: { value: '12345678' } });
    vi.mocked(fetch).mockImplementationOnce(async () =>
      Response.json({
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'input.organisationNumber' } }],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Register the agency' }));

    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(number)).toContain(message);
    const summary = await screen.findByRole('heading', {
      name: '1 thing must be fixed before this can be saved',
    });
    const link = within(summary.closest('ds-error-summary') as HTMLElement).getByRole('link');
    expect(link.textContent).toBe(message);
    expect(link.getAttribute('href')).toBe(`#${number.id}`);
  });

  it('refuses a name with a text-direction character or over 200 characters at the field, sending nothing', async () => {
    const mock = renderAgencies('/manage/agencies/new', 'EX-DK', {
      ManagerCreateAgency: () => ({ createAgency: { id: 'agency-9', name: 'x', version: 1 } }),
    });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Organisation number' }), {
      target: { value: '10150817' },
    });
    fireEvent.change(name, { target: { value: 'Test\u202Emyndigheden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register the agency' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(name)).toContain('text-direction character (U+202E, character 5)');

    // 201 emoji are 201 characters as people count them (402 UTF-16 units).
    fireEvent.change(name, { target: { value: '🏛'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Register the agency' }));
    await waitFor(() => expect(describedBy(name)).toContain('At most 200 characters'));
    expect(callsOf(mock, 'ManagerCreateAgency')).toHaveLength(0);
  });

  it('says in words when someone else changed the agency, and reloads it to edit their version', async () => {
    let stored = { ...EKSEMPEL, version: 2 };
    const mock = renderAgencies('/manage/agencies/agency-1', 'EX-DK', {
      ManagerAgency: () => ({ agency: stored }),
      ManagerUpdateAgency: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Eksempelstyrelsen for Test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Not saved: the agency has changed' })).toBeTruthy();
    expect(
      screen.getByText(
        'Someone else changed this agency since you opened it — reload to see their change. Your changes on this page were not saved; make them again after reloading.',
      ),
    ).toBeTruthy();
    // An account manager's change leaves the centre out: they cannot move the agency.
    expect(callsOf(mock, 'ManagerUpdateAgency')[0].variables).toEqual({
      id: 'agency-1',
      expectedVersion: 2,
      input: { name: 'Eksempelstyrelsen for Test', country: 'DK', organisationNumber: '31250005' },
    });

    stored = { ...EKSEMPEL, name: 'Eksempelstyrelsen (renamed)', version: 3 };
    fireEvent.click(screen.getByRole('button', { name: 'Reload to see their change' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
        'Eksempelstyrelsen (renamed)',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(mock, 'ManagerUpdateAgency')).toHaveLength(2));
    expect(callsOf(mock, 'ManagerUpdateAgency')[1].variables.expectedVersion).toBe(3);
  });
});

/** The drivers of a centre's catalogue in force, as `ManagerAgencyDrivers` answers (EX-SE has none). */
function driversResponse({ providerCode }: Record<string, unknown>) {
  if (providerCode !== 'EX-DK') return { catalogue: null };
  return {
    catalogue: {
      number: 1,
      drivers: [
        {
          code: 'PAYSLIPS',
          nameTranslations: { da: 'Lønsedler pr. måned', en: 'Payslips per month' },
          unitTranslations: { da: 'lønseddel', en: 'payslip' },
          integer: true,
        },
        {
          code: 'INVOICES_IN',
          nameTranslations: { da: 'Købsfakturaer pr. måned', en: 'Purchase invoices per month' },
          unitTranslations: { da: 'faktura', en: 'invoice' },
          integer: true,
        },
        {
          code: 'HOURS',
          nameTranslations: { en: 'Consulting hours per year' },
          unitTranslations: { en: 'hour' },
          integer: false,
        },
      ],
    },
  };
}

/** Two centres: EX-DK with a catalogue in force, EX-SE without one yet. */
function twoCentres() {
  const { providers } = versionsResponse();
  return {
    providers: [
      ...providers,
      { code: 'EX-SE', name: 'Exempelcentret', country: 'SE', locale: 'sv', versions: [] },
    ],
  };
}

const valueOf = (name: string) => (screen.getByRole('textbox', { name }) as HTMLInputElement).value;

describe('an agency’s default volumes', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows one field per driver of the centre’s catalogue in force and saves what was typed, expecting the version read', async () => {
    const stored = [
      { driverCode: 'PAYSLIPS', quantity: '600' },
      // The catalogue in force no longer counts travel claims: not shown, and dropped on saving.
      { driverCode: 'TRAVEL_CLAIMS', quantity: '5' },
    ];
    const mock = renderAgencies('/manage/agencies/agency-1', 'EX-DK', {
      ManagerAgency: () => ({ agency: { ...EKSEMPEL, defaultVolumes: stored, version: 2 } }),
      ManagerAgencyDrivers: driversResponse,
      ManagerUpdateAgency: () => ({ updateAgency: { id: 'agency-1', version: 3 } }),
    });
    const group = await screen.findByRole('group', { name: /^Default volumes/ });
    await within(group).findByRole('textbox', { name: 'Payslips per month' });
    expect(within(group).getAllByRole('textbox')).toHaveLength(3);
    expect(valueOf('Payslips per month')).toBe('600');
    expect(valueOf('Purchase invoices per month')).toBe('');
    expect(valueOf('Consulting hours per year')).toBe('');
    expect(describedBy(screen.getByRole('textbox', { name: 'Payslips per month' }))).toContain(
      'Counted per payslip, in whole numbers.',
    );
    expect(describedBy(screen.getByRole('textbox', { name: 'Consulting hours per year' }))).toContain(
      'Counted per hour.',
    );
    expect(
      within(group).getByText(/one per volume driver of EX-DK’s catalogue in force \(version 1\)/),
    ).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Consulting hours per year' }), {
      target: { value: ' 7.5 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(mock, 'ManagerUpdateAgency')).toHaveLength(1));
    expect(callsOf(mock, 'ManagerUpdateAgency')[0].variables).toEqual({
      id: 'agency-1',
      expectedVersion: 2,
      input: {
        name: 'Eksempelstyrelsen',
        country: 'DK',
        organisationNumber: '31250005',
        defaultVolumes: [
          { driverCode: 'PAYSLIPS', quantity: '600' },
          { driverCode: 'HOURS', quantity: '7.5' },
        ],
      },
    });
    expect(await screen.findByText('The changes to Eksempelstyrelsen were saved.')).toBeTruthy();
    // The agency is read again after the save; the centre's drivers are not.
    await waitFor(() => expect(callsOf(mock, 'ManagerAgency')).toHaveLength(2));
    expect(callsOf(mock, 'ManagerAgencyDrivers')).toHaveLength(1);
  });

  it('shows the API’s refusal of a quantity at its driver’s field, found by the place in the list sent', async () => {
    const message = 'quantity must be a whole number: INVOICES_IN counts whole units.';
    renderAgencies('/manage/agencies/agency-1', 'EX-DK', {
      ManagerAgency: () => ({
        agency: { ...EKSEMPEL, defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }], version: 2 },
      }),
      ManagerAgencyDrivers: driversResponse,
    });
    const invoices = await screen.findByRole('textbox', { name: 'Purchase invoices per month' });
    fireEvent.change(invoices, { target: { value: '12.5' } });
    vi.mocked(fetch).mockImplementationOnce(async () =>
      Response.json({
        errors: [
          { message, extensions: { code: 'BAD_USER_INPUT', field: 'input.defaultVolumes[1].quantity' } },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(invoices.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(invoices)).toContain(message);
    expect(screen.getByRole('textbox', { name: 'Payslips per month' }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    const summary = await screen.findByRole('heading', {
      name: '1 thing must be fixed before this can be saved',
    });
    const link = within(summary.closest('ds-error-summary') as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe(`#${invoices.id}`);
  });

  it('follows the centre an administrator chooses, keeping what was typed per driver', async () => {
    const mock = renderAgencies('/manage/agencies/new', null, {
      ManagerVersions: () => twoCentres(),
      ManagerAgencyDrivers: driversResponse,
      ManagerCreateAgency: () => ({ createAgency: { id: 'agency-9', name: 'Testmyndigheden', version: 1 } }),
    });
    const group = await screen.findByRole('group', { name: /^Default volumes/ });
    expect(
      within(group).getByText(
        'Choose the centre first: the volumes are counted in the drivers of its catalogue.',
      ),
    ).toBeTruthy();
    const centre = screen.getByRole('combobox', { name: 'Centre' });
    await screen.findByRole('option', { name: 'Eksempelcentret (EX-DK)' });
    fireEvent.change(centre, { target: { value: 'EX-DK' } });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Payslips per month' }), {
      target: { value: '250' },
    });
    fireEvent.change(centre, { target: { value: 'EX-SE' } });
    expect(
      await within(group).findByText('EX-SE has no catalogue in force yet, so there are no volumes to set.'),
    ).toBeTruthy();
    expect(within(group).queryByRole('textbox')).toBeNull();
    fireEvent.change(centre, { target: { value: 'EX-DK' } });
    expect(valueOf('Payslips per month')).toBe('250');

    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Testmyndigheden' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), { target: { value: 'DK' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Organisation number' }), {
      target: { value: '10150817' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Register the agency' }));
    await waitFor(() => expect(callsOf(mock, 'ManagerCreateAgency')).toHaveLength(1));
    expect(callsOf(mock, 'ManagerCreateAgency')[0].variables.input).toEqual({
      name: 'Testmyndigheden',
      country: 'DK',
      organisationNumber: '10150817',
      providerCode: 'EX-DK',
      defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '250' }],
    });
  });

  it('marks a driver name shown in another language than the page’s with its language', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderAgencies('/manage/agencies/agency-1', 'EX-DK', { ManagerAgencyDrivers: driversResponse });
    await screen.findByRole('textbox', { name: 'Lønsedler pr. måned' });
    const hours = screen.getByRole('textbox', { name: 'Consulting hours per year' });
    const label = document.querySelector(`label[for="${hours.id}"]`);
    expect(label?.querySelector('[lang="en"]')?.textContent).toBe('Consulting hours per year');
    expect(describedBy(hours)).toContain('Tælles pr. hour.');
  });
});
