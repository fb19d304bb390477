import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { useState } from 'react';
import { i18next } from '../../../i18n/i18n';
import { configurationInput } from '../../../lib/quote/quote-queries';
import { mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs, signedOut } from '../../../test/session';
import { draftQuote } from '../../../test/quotes';
import { SaveQuoteChanges } from './SaveQuoteChanges';

const quote = draftQuote();
const opened = configurationInput(quote);

/** Quote edit mode's save part beside a stand-in for the configurator, whose volume can be changed. */
function EditMode() {
  const [configuration, setConfiguration] = useState<ConfigurationInput>(opened);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          setConfiguration({ ...opened, volumes: [{ driverCode: 'PAYSLIPS', quantity: '850' }] })
        }
      >
        Change the payslips
      </button>
      <SaveQuoteChanges quote={quote} configuration={configuration} complete />
    </>
  );
}

function renderEditMode() {
  const api = mockApi({ UpdateQuote: () => ({ updateQuote: { ...quote, version: 2 } }) });
  vi.stubGlobal('fetch', vi.fn(api.fetchMock));
  renderWithApp(<EditMode />, { path: '/quotes/q1/edit?package=LON' });
  return api;
}

describe('quote edit mode: leaving with changes', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    signedOut();
  });

  it('leaves at once while the configuration is as opened', async () => {
    renderEditMode();
    expect(screen.getByText('No unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Back to the quote without saving' }));
    await waitFor(() => expect(lastLocation.current).toBe('/quotes/q1'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before leaving a changed configuration, and stays when told to', async () => {
    renderEditMode();
    fireEvent.click(screen.getByRole('button', { name: 'Change the payslips' }));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Back to the quote without saving' }));
    expect(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(lastLocation.current).toBe('/quotes/q1/edit?package=LON');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('saves the changes and returns to the quote without asking', async () => {
    const api = renderEditMode();
    fireEvent.click(screen.getByRole('button', { name: 'Change the payslips' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes to the quote' }));
    await waitFor(() => expect(lastLocation.current).toBe('/quotes/q1'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.calls.filter((call) => call.operation === 'UpdateQuote')).toHaveLength(1);
  });
});
