import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { getSession } from '../../../lib/session/session-store';
import { ChangePasswordForm } from './ChangePasswordForm';

function fill(current: string, next: string, repeat = next) {
  fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  beforeEach(async () => {
    signedInAs({ ...CUSTOMER, mustChangePassword: true });
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('checks length and the repeat before asking the API', () => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<ChangePasswordForm next="/quotes" />);
    expect(screen.getByText(/Your password was set by an administrator/)).toBeTruthy();
    fill('one-time-password', 'short');
    expect(screen.getByText('The new password must have at least 12 characters.')).toBeTruthy();
    fill('one-time-password', 'a long new password', 'a long new passw0rd');
    expect(screen.getByText('The two new passwords are not the same.')).toBeTruthy();
    expect(api.calls).toHaveLength(0);
  });

  it('shows the API’s refusal of the current password at its field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockApi({ ChangePassword: () => graphQLErrors({ code: 'BAD_USER_INPUT', field: 'currentPassword' }) })
          .fetchMock,
      ),
    );
    renderWithApp(<ChangePasswordForm next="/quotes" />);
    fill('not-it', 'a long new password');
    expect(await screen.findByText('The current password is not right.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Current password'));
  });

  it('changes the password, lifts the requirement and offers to continue', async () => {
    const api = mockApi({ ChangePassword: () => ({ changePassword: true }) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(<ChangePasswordForm next="/quotes" />);
    fill('one-time-password', 'a long new password');
    expect(await screen.findByText('Your password has been changed.')).toBeTruthy();
    expect(api.calls[0].variables).toEqual({
      currentPassword: 'one-time-password',
      newPassword: 'a long new password',
    });
    await waitFor(() => expect(getSession()?.user?.mustChangePassword).toBe(false));
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('/quotes');
  });
});
