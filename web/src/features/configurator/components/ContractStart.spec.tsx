import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { compileCatalogue, priceConfiguration, type ConfigurationInput } from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import { localToday } from '../../../lib/configuration/start-date';
import { configuratorCatalogueResponse, EXAMPLE_CATALOGUE } from '../../../test/fixtures';
import { lastLocation, mockGraphQL, renderWithApp } from '../../../test/render';
import { Configurator } from './Configurator';

const compiled = compileCatalogue(EXAMPLE_CATALOGUE, 1);

/** Version 1 in force since 2026; version 2 published ahead, in force from 2027-06-01. */
const VERSIONS = {
  providers: [
    {
      code: 'EX-DK',
      versions: [
        { number: 2, status: 'PUBLISHED', validFrom: '2027-06-01', inForce: false, superseded: false },
        { number: 1, status: 'PUBLISHED', validFrom: '2026-01-01', inForce: true, superseded: false },
      ],
    },
  ],
};

/** The API as the configurator meets it: the shared engine prices, and (like the API) names the coming change. */
function renderConfigurator(search: string) {
  const mock = mockGraphQL({
    CatalogueVersions: () => VERSIONS,
    ConfigurationCatalogue: () => configuratorCatalogueResponse(),
    ExportCatalogue: () => ({ exportCatalogue: EXAMPLE_CATALOGUE }),
    PriceConfiguration: (variables) => {
      const input = variables.input as ConfigurationInput;
      const startDate = input.startDate ?? localToday();
      return {
        priceConfiguration: {
          ...priceConfiguration(compiled, input),
          startDate,
          upcomingChange: startDate < '2027-06-01' ? { catalogueVersion: 2, validFrom: '2027-06-01' } : null,
        },
      };
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<Configurator providerCode="EX-DK" />, {
    path: `/centres/EX-DK/configure${search}`,
    route: '/centres/:code/configure',
  });
  return mock;
}

const startField = () => screen.findByLabelText<HTMLInputElement>('Contract start', { exact: false });
const priced = (mock: ReturnType<typeof renderConfigurator>) =>
  mock.calls.filter((call) => call.operation === 'PriceConfiguration').map((call) => call.variables.input);

describe('contract start in the configurator', () => {
  beforeEach(() => act(() => i18next.changeLanguage('en')));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("proposes the user's own calendar day and sends a picked day, kept in the address", async () => {
    const mock = renderConfigurator('?package=BASIS&volume.PAYSLIPS=600');
    const field = await startField();
    expect(field.value).toBe(localToday());
    await waitFor(() => expect(priced(mock).length).toBeGreaterThan(0));
    expect(priced(mock).at(-1)).not.toHaveProperty('startDate');
    fireEvent.change(field, { target: { value: '2027-03-01' } });
    await waitFor(() => expect(lastLocation.current).toContain('start=2027-03-01'));
    await waitFor(() =>
      expect(priced(mock).at(-1)).toMatchObject({ startDate: '2027-03-01', catalogueVersion: 1 }),
    );
  });

  it('says beside the price that version 2 applies later, and prices from then with one click', async () => {
    const mock = renderConfigurator('?package=BASIS&volume.PAYSLIPS=600');
    expect(await screen.findByText('From 1 June 2027 version 2 applies.')).toBeTruthy();
    expect(
      screen.getByText(
        "An agreement's prices are fixed for its term; a later price list applies only through an amendment or a renewal.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Price from then' }));
    await waitFor(() => expect(lastLocation.current).toContain('start=2027-06-01'));
    expect((await startField()).value).toBe('2027-06-01');
    // The version in force on that day is priced: version 2.
    await waitFor(() =>
      expect(priced(mock).at(-1)).toMatchObject({ startDate: '2027-06-01', catalogueVersion: 2 }),
    );
    await waitFor(() => expect(screen.queryByText('From 1 June 2027 version 2 applies.')).toBeNull());
  });

  it('explains a day outside the bounds at the field, in the interface language, and sends none', async () => {
    const mock = renderConfigurator('?package=BASIS&volume.PAYSLIPS=600&start=1999-12-31');
    expect(await screen.findByText('The contract cannot start before 1 January 2000.')).toBeTruthy();
    await waitFor(() => expect(priced(mock).length).toBeGreaterThan(0));
    expect(priced(mock).every((input) => !('startDate' in (input as object)))).toBe(true);
    await act(() => i18next.changeLanguage('da'));
    expect(await screen.findByText('Kontrakten kan ikke starte før 1. januar 2000.')).toBeTruthy();
  });

  it('refuses hostile text in the address as a date', async () => {
    renderConfigurator(`?package=BASIS&start=${encodeURIComponent("2027-01-01' OR 1=1<script>")}`);
    expect(await screen.findByText("Enter the contract's first day as a date.")).toBeTruthy();
  });

  it('lets a pinned version give way when pricing from the day the next one applies', async () => {
    const mock = renderConfigurator('?version=1&package=BASIS&volume.PAYSLIPS=600');
    fireEvent.click(await screen.findByRole('button', { name: 'Price from then' }));
    await waitFor(() =>
      expect(lastLocation.current).toBe(
        '/centres/EX-DK/configure?package=BASIS&start=2027-06-01&volume.PAYSLIPS=600',
      ),
    );
    await waitFor(() =>
      expect(priced(mock).at(-1)).toMatchObject({ startDate: '2027-06-01', catalogueVersion: 2 }),
    );
  });

  it('keeps the configurator on a day no version is in force yet, says so at the field and sends no start', async () => {
    const mock = renderConfigurator('?package=BASIS&volume.PAYSLIPS=600&start=2025-06-01');
    expect(
      await screen.findByText(
        'No price list is in force on that day yet; choose the day prices apply from or later.',
      ),
    ).toBeTruthy();
    expect((await startField()).value).toBe('2025-06-01');
    await waitFor(() => expect(priced(mock).length).toBeGreaterThan(0));
    expect(priced(mock).at(-1)).toMatchObject({ catalogueVersion: 1 });
    expect(priced(mock).every((input) => !('startDate' in (input as object)))).toBe(true);
  });
});
