import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs, signedOut } from '../../../test/session';
import { draftQuote } from '../../../test/quotes';
import { SaveQuote } from './SaveQuote';

const INPUT: ConfigurationInput = {
  providerCode: 'SA-DK',
  catalogueVersion: 1,
  servicePackageCode: 'LON',
  serviceCodes: [],
  serviceLevelCode: null,
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
  contractYears: 1,
};

describe('SaveQuote', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('invites an anonymous visitor to sign in and come back to the same configuration', () => {
    signedOut();
    renderWithApp(<SaveQuote configuration={INPUT} complete />, {
      path: '/centres/SA-DK/configure?package=LON&volume.PAYSLIPS=600',
    });
    expect(
      screen
        .getByRole('link', { name: 'Sign in to save this configuration as a quote' })
        .getAttribute('href'),
    ).toBe(`/login?next=${encodeURIComponent('/centres/SA-DK/configure?package=LON&volume.PAYSLIPS=600')}`);
  });

  it('saves a named configuration for a customer and links to the new quote', async () => {
    signedInAs(CUSTOMER);
    const api = mockApi({ SaveQuote: () => ({ saveQuote: draftQuote({ name: 'Payroll 2027' }) }) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<SaveQuote configuration={INPUT} complete />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as quote' }));
    const dialog = within(screen.getByRole('dialog', { hidden: true }));
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
    expect(dialog.getByText('Give the quote a name.')).toBeTruthy();
    expect(api.calls).toHaveLength(0);
    fireEvent.change(dialog.getByRole('textbox', { name: 'Name of the quote', hidden: true }), {
      target: { value: ' Payroll 2027 ' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
    expect(await screen.findByText('The quote has been saved.')).toBeTruthy();
    expect(api.calls[0].variables).toEqual({ input: { name: 'Payroll 2027', configuration: INPUT } });
    expect(screen.getByRole('link', { name: 'Open the quote SA-DK-2026-0042' }).getAttribute('href')).toBe(
      '/quotes/q1',
    );
  });

  it('after saving, makes "Update quote" the main action: it updates that quote, not a new one', async () => {
    signedInAs(CUSTOMER);
    const saved = draftQuote({ name: 'Payroll 2027', version: 1 });
    const api = mockApi({
      SaveQuote: () => ({ saveQuote: saved }),
      UpdateQuote: () => ({ updateQuote: { ...saved, version: 2 } }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<SaveQuote configuration={INPUT} complete />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as quote' }));
    const dialog = within(screen.getByRole('dialog', { hidden: true }));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Name of the quote', hidden: true }), {
      target: { value: 'Payroll 2027' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
    await screen.findByText('The quote has been saved.');
    expect(screen.queryByRole('button', { name: 'Save as quote' })).toBeNull();
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons.indexOf('Update quote SA-DK-2026-0042')).toBeLessThan(
      buttons.indexOf('Save as a new quote'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Update quote SA-DK-2026-0042' }));
    await vi.waitFor(() =>
      expect(api.calls.map((call) => call.operation)).toEqual(['SaveQuote', 'UpdateQuote']),
    );
    expect(api.calls[1].variables).toEqual({
      id: 'q1',
      expectedVersion: 1,
      input: { name: 'Payroll 2027', configuration: INPUT },
    });
  });

  it('lets an administrator save on behalf of an agency the centre serves, which must be chosen', async () => {
    signedInAs({ ...CUSTOMER, role: 'ADMIN', agency: null });
    const api = mockApi({
      AgenciesToQuoteFor: () => ({
        agencies: {
          totalCount: 2,
          edges: [
            { node: { id: 'agency-1', name: 'Eksempelstyrelsen', organisationNumber: '12345674' } },
            { node: { id: 'agency-2', name: 'Prøvestyrelsen', organisationNumber: '87654321' } },
          ],
        },
      }),
      SaveQuote: () => ({ saveQuote: draftQuote({ name: 'On behalf' }) }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<SaveQuote configuration={INPUT} complete />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as quote' }));
    const dialog = within(screen.getByRole('dialog', { hidden: true }));
    const agency = await dialog.findByRole('combobox', { name: 'Customer agency', hidden: true });
    expect(api.calls[0]).toMatchObject({
      operation: 'AgenciesToQuoteFor',
      variables: { providerCode: 'SA-DK', first: 100 },
    });
    fireEvent.change(dialog.getByRole('textbox', { name: 'Name of the quote', hidden: true }), {
      target: { value: 'On behalf' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
    expect(dialog.getByText('Choose the agency the quote is for.')).toBeTruthy();
    expect(document.activeElement).toBe(agency);
    expect(api.calls.some((call) => call.operation === 'SaveQuote')).toBe(false);

    fireEvent.change(agency, { target: { value: 'agency-2' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
    expect(await screen.findByText('The quote has been saved.')).toBeTruthy();
    expect(api.calls.find((call) => call.operation === 'SaveQuote')?.variables).toEqual({
      input: { name: 'On behalf', configuration: INPUT, agencyId: 'agency-2' },
    });
  });

  it('tells an account manager that agencies save their own quotes', () => {
    signedInAs({ ...CUSTOMER, role: 'ACCOUNT_MANAGER', agency: null, providerCode: 'SA-DK' });
    renderWithApp(<SaveQuote configuration={INPUT} complete />);
    expect(screen.queryByRole('button', { name: 'Save as quote' })).toBeNull();
    expect(screen.getByText(/Quotes are saved by the users of a customer agency/)).toBeTruthy();
  });

  it('does not save a configuration with unreadable volumes', () => {
    signedInAs(CUSTOMER);
    renderWithApp(<SaveQuote configuration={INPUT} complete={false} />);
    const button = screen.getByRole('button', { name: 'Save as quote' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBe('save-quote-incomplete');
    expect(screen.getByText(/Correct the volumes marked above/)).toBeTruthy();
  });
});
