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

  it('does not save a configuration with unreadable volumes', () => {
    signedInAs(CUSTOMER);
    renderWithApp(<SaveQuote configuration={INPUT} complete={false} />);
    const button = screen.getByRole('button', { name: 'Save as quote' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBe('save-quote-incomplete');
    expect(screen.getByText(/Correct the volumes marked above/)).toBeTruthy();
  });
});
