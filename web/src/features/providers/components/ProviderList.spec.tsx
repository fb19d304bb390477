import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { act } from 'react';
import { i18next } from '../../../i18n/i18n';
import { ProviderList } from './ProviderList';

function respondWith(body: unknown, status = 200): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

describe('ProviderList', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the centres the API returns, in the chosen language', async () => {
    await act(() => i18next.changeLanguage('da'));
    respondWith({
      data: { providers: [{ code: 'SA-DK', name: 'Statens Administration', country: 'DK', versions: [{ number: 1, status: 'PUBLISHED' }] }] },
    });
    render(<ProviderList />);
    expect(await screen.findByRole('heading', { name: 'Statens Administration' })).toBeTruthy();
    expect(screen.getByText('1 katalogversion')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Statslige servicecentre' })).toBeTruthy();
  });

  it('says in words when the API cannot be reached, without raw error text', async () => {
    await act(() => i18next.changeLanguage('en'));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<ProviderList />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load the centres');
    expect(alert.textContent).not.toContain('Failed to fetch');
  });

  it('says so when no centre has a catalogue', async () => {
    await act(() => i18next.changeLanguage('nb'));
    respondWith({ data: { providers: [] } });
    render(<ProviderList />);
    expect(await screen.findByText('Ingen sentre har publisert en katalog ennå.')).toBeTruthy();
  });
});
