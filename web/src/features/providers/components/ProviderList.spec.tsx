import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { i18next } from '../../../i18n/i18n';
import { mockGraphQL, renderWithApp } from '../../../test/render';
import { ProviderList } from './ProviderList';

const SA_DK = {
  code: 'SA-DK',
  name: 'Statens Administration',
  country: 'DK',
  locale: 'da',
  versions: [
    {
      number: 1,
      status: 'PUBLISHED',
      validFrom: '2027-01-01',
      currency: 'DKK',
      inForce: true,
      superseded: false,
    },
  ],
};

function respondWith(providers: unknown[]) {
  const mock = mockGraphQL({ Providers: () => ({ providers }) });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  return mock;
}

describe('ProviderList', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the centres the API returns, in the chosen language, with links to browse and configure', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = respondWith([SA_DK]);
    renderWithApp(<ProviderList />);
    expect(await screen.findByRole('heading', { name: 'Statens Administration' })).toBeTruthy();
    expect(screen.getByText(/^Katalogversion 1, gældende fra 1\. januar 2027\. Priser i DKK\./)).toBeTruthy();
    expect(screen.getByText('Gældende')).toBeTruthy();
    expect(screen.getByText('Danmark · SA-DK')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Se kataloget fra Statens Administration' }).getAttribute('href'),
    ).toBe('/centres/SA-DK');
    expect(screen.getByRole('link', { name: 'Sammensæt en pakke' }).getAttribute('href')).toBe(
      '/centres/SA-DK/configure',
    );
    expect(mock.calls[0].headers['accept-language']).toBe('da, en;q=0.5');
  });

  it('says when a centre’s catalogue only comes into force later', async () => {
    await act(() => i18next.changeLanguage('en'));
    respondWith([{ ...SA_DK, versions: [{ ...SA_DK.versions[0], inForce: false }] }]);
    renderWithApp(<ProviderList />);
    expect((await screen.findByText(/Comes into force on/)).textContent).toBe(
      'Comes into force on 1 January 2027',
    );
  });

  it('opens a catalogue published ahead by its number, as none is in force to open by default', async () => {
    await act(() => i18next.changeLanguage('en'));
    respondWith([{ ...SA_DK, versions: [{ ...SA_DK.versions[0], inForce: false }] }]);
    renderWithApp(<ProviderList />);
    await screen.findByText(/Comes into force on/);
    expect(
      screen
        .getByRole('link', { name: 'Browse the catalogue of Statens Administration' })
        .getAttribute('href'),
    ).toBe('/centres/SA-DK?version=1');
    expect(screen.getByRole('link', { name: 'Configure a package' }).getAttribute('href')).toBe(
      '/centres/SA-DK/configure?version=1',
    );
  });

  it('says in words when the API cannot be reached, without raw error text, and offers a retry', async () => {
    await act(() => i18next.changeLanguage('en'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderWithApp(<ProviderList />);
    expect(await screen.findByText('We could not load the centres')).toBeTruthy();
    expect(
      screen.getByText('The service could not be reached. Check your connection and try again.'),
    ).toBeTruthy();
    expect(document.body.textContent).not.toContain('Failed to fetch');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('words a server fault for people too', async () => {
    await act(() => i18next.changeLanguage('nb'));
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [
                { message: 'SqliteError: no such table', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            }),
          ),
      ),
    );
    renderWithApp(<ProviderList />);
    expect(await screen.findByText('Noe gikk galt hos oss. Prøv igjen om litt.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('SqliteError');
  });

  it('says it is waiting for the connection while offline, instead of spinning forever', async () => {
    await act(() => i18next.changeLanguage('en'));
    const mock = respondWith([SA_DK]);
    // The browser says it is offline: the page's own status and the query cache both hear it.
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onlineManager.setOnline(false);
    renderWithApp(<ProviderList />);
    expect(
      await screen.findByText('You are offline. This page will load as soon as you are back online.'),
    ).toBeTruthy();
    expect(mock.calls).toHaveLength(0);
    onLine.mockReturnValue(true);
    act(() => {
      onlineManager.setOnline(true);
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { name: 'Statens Administration' })).toBeTruthy();
  });

  it('says so when no centre has a catalogue', async () => {
    await act(() => i18next.changeLanguage('nb'));
    respondWith([]);
    renderWithApp(<ProviderList />);
    expect(await screen.findByText('Ingen sentre har publisert en katalog ennå.')).toBeTruthy();
  });

  it('announces a version published ahead beside the one in force, with a link to browse it', async () => {
    await act(() => i18next.changeLanguage('en'));
    const ahead = { ...SA_DK.versions[0], number: 2, validFrom: '2027-07-01', inForce: false };
    respondWith([{ ...SA_DK, versions: [ahead, ...SA_DK.versions] }]);
    renderWithApp(<ProviderList />);
    expect(await screen.findByText('New prices from 1 July 2027')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse version 2' }).getAttribute('href')).toBe(
      '/centres/SA-DK?version=2',
    );
    await act(() => i18next.changeLanguage('sv'));
    expect(await screen.findByText('Nya priser från 1 juli 2027')).toBeTruthy();
  });

  it('announces nothing when no version is published ahead', async () => {
    await act(() => i18next.changeLanguage('en'));
    respondWith([SA_DK]);
    renderWithApp(<ProviderList />);
    await screen.findByRole('heading', { name: 'Statens Administration' });
    expect(screen.queryByText(/New prices from/)).toBeNull();
  });
});
