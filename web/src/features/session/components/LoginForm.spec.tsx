import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, loginResponse, signedOut } from '../../../test/session';
import { getSession } from '../../../lib/session/session-store';
import { LoginForm } from './LoginForm';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  beforeEach(async () => {
    signedOut();
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for both fields before asking the API', () => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<LoginForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail'));
    expect(api.calls).toHaveLength(0);
  });

  it('words a refused sign-in once for a wrong password and an unknown e-mail, and gives it the focus', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(mockApi({ Login: () => graphQLErrors({ code: 'UNAUTHENTICATED' }) }).fetchMock),
    );
    renderWithApp(<LoginForm />);
    fill('kunde@eksempelstyrelsen.example', 'wrong');
    const message = await screen.findByText('The e-mail or password is not right. Check both and try again.');
    await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(getSession()).toBeNull();
  });

  it('words too many failed attempts with the wait in minutes, in the language shown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({ Login: () => graphQLErrors({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 361 }) })
          .fetchMock,
      ),
    );
    renderWithApp(<LoginForm />);
    fill('kunde@eksempelstyrelsen.example', 'servicekatalog-demo');
    const message = await screen.findByText(
      'Too many failed attempts to sign in with this e-mail or from this network. Try again in 7 minutes.',
    );
    await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
    expect(getSession()).toBeNull();

    await act(() => i18next.changeLanguage('da'));
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({ Login: () => graphQLErrors({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 40 }) })
          .fetchMock,
      ),
    );
    fireEvent.change(screen.getByLabelText('Adgangskode'), { target: { value: 'igen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(
      await screen.findByText(
        'For mange mislykkede forsøg på at logge ind med denne e-mail eller fra dette netværk. Prøv igen om 1 minut.',
      ),
    ).toBeTruthy();
  });

  it('signs in', async () => {
    vi.stubGlobal('fetch', vi.fn(mockApi({ Login: () => loginResponse(CUSTOMER) }).fetchMock));
    renderWithApp(<LoginForm />);
    fill('kunde@eksempelstyrelsen.example', 'servicekatalog-demo');
    await waitFor(() => expect(getSession()?.user).toEqual(CUSTOMER));
  });
});
