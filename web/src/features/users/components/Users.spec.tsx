import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { lastLocation, renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import '../../../lib/manage/i18n';
import '../i18n';
import { versionsResponse } from '../../../test/manager-fixtures';
import { UsersArea } from './UsersArea';

type Responder = Parameters<typeof mockApi>[0][string];

const ADMIN = { ...CUSTOMER, id: 'admin-1', role: 'ADMIN' as const, agency: null, name: 'Ada Admin' };
const MANAGER = {
  ...CUSTOMER,
  id: 'manager-1',
  role: 'ACCOUNT_MANAGER' as const,
  agency: null,
  providerCode: 'EX-DK',
};

const KAREN = {
  id: 'user-7',
  email: 'karen@eksempelstyrelsen.example',
  name: 'Karen Kunde',
  role: 'CUSTOMER',
  providerCode: null,
  locale: 'da',
  active: true,
  mustChangePassword: false,
  version: 3,
  agency: { id: 'agency-1', name: 'Eksempelstyrelsen' },
};
const METTE = {
  ...KAREN,
  id: 'user-8',
  email: 'mette@eksempelcentret.example',
  name: 'Mette Manager',
  role: 'ACCOUNT_MANAGER',
  providerCode: 'EX-DK',
  agency: null,
  active: false,
  mustChangePassword: true,
};

function usersResponse(nodes: object[] = [KAREN, METTE]) {
  return {
    users: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  };
}

const AGENCIES = {
  agencies: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'agency-1',
          name: 'Eksempelstyrelsen',
          organisationNumber: '31250005',
          country: 'DK',
          providerCode: 'EX-DK',
        },
      },
    ],
  },
};

function renderUsers(path: string, responders: Record<string, Responder> = {}) {
  const mock = mockApi({
    ManagerUsers: () => usersResponse(),
    ManagerUser: ({ id }) => ({ user: [KAREN, METTE].find((user) => user.id === id) ?? null }),
    ManagerVersions: () => versionsResponse(),
    UserAgencyChoices: () => AGENCIES,
    ...responders,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<UsersArea />, { path, route: '/manage/users/*' });
  return mock;
}

const lockDialog = () =>
  within(screen.getByRole('dialog', { name: 'Clear the sign-in lock of Karen Kunde?', hidden: true }));

const callsOf = (mock: ReturnType<typeof mockApi>, operation: string) =>
  mock.calls.filter((call) => call.operation === operation);

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('users in the manager area', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
    signedInAs(ADMIN);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('refuses an account manager in words, without asking the API for users', async () => {
    signedInAs(MANAGER);
    const mock = renderUsers('/manage/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Only for administrators' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the agencies' }).getAttribute('href')).toBe(
      '/manage/agencies',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(callsOf(mock, 'ManagerUsers')).toHaveLength(0);
  });

  it('lists the users with their role, whom they work for and whether they can sign in', async () => {
    renderUsers('/manage/users');
    const table = await screen.findByRole('table', { name: '2 users' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [
        'Karen Kunde',
        'karen@eksempelstyrelsen.example',
        'Customer (agency user)',
        'Eksempelstyrelsen',
        'Active',
      ],
      [
        'Mette Manager',
        'mette@eksempelcentret.example',
        'Account manager',
        'EX-DK',
        'Deactivated Must change password',
      ],
    ]);
  });

  it('narrows the list to one role, asking the API (the list is paged) and keeping the choice in the address', async () => {
    const mock = renderUsers('/manage/users', {
      ManagerUsers: ({ role }) => usersResponse([KAREN, METTE].filter((user) => !role || user.role === role)),
    });
    await screen.findByRole('table', { name: '2 users' });
    expect(callsOf(mock, 'ManagerUsers')[0].variables).toMatchObject({ role: null });
    const filter = screen.getByRole('combobox', { name: 'Role' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', 'Administrators', 'Account managers', 'Customers']);

    fireEvent.change(filter, { target: { value: 'CUSTOMER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const table = await screen.findByRole('table', { name: '1 user' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Karen Kunde']);
    expect(callsOf(mock, 'ManagerUsers').at(-1)?.variables).toMatchObject({ role: 'CUSTOMER' });
    expect(lastLocation.current).toBe('/manage/users?role=CUSTOMER');

    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'ADMIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('No users have this role.')).toBeTruthy();
    expect(lastLocation.current).toBe('/manage/users?role=ADMIN');

    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('table', { name: '2 users' });
    expect(lastLocation.current).toBe('/manage/users');
  });

  it('opens the list filtered by the role in the address, and ignores a role it does not know', async () => {
    const mock = renderUsers('/manage/users?role=ACCOUNT_MANAGER', {
      ManagerUsers: ({ role }) => usersResponse([KAREN, METTE].filter((user) => !role || user.role === role)),
    });
    const table = await screen.findByRole('table', { name: '1 user' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Mette Manager']);
    expect((screen.getByRole('combobox', { name: 'Role' }) as HTMLSelectElement).value).toBe(
      'ACCOUNT_MANAGER',
    );
    expect(callsOf(mock, 'ManagerUsers')[0].variables).toMatchObject({ role: 'ACCOUNT_MANAGER' });
    cleanup();

    const unknown = renderUsers('/manage/users?role=OWNER');
    await screen.findByRole('table', { name: '2 users' });
    expect(callsOf(unknown, 'ManagerUsers')[0].variables).toMatchObject({ role: null });
    expect((screen.getByRole('combobox', { name: 'Role' }) as HTMLSelectElement).value).toBe('');
  });

  it('creates a customer user of an agency with a one-time password, checked for length first', async () => {
    const mock = renderUsers('/manage/users/new', {
      ManagerCreateUser: () => ({ createUser: { id: 'user-9', version: 1 } }),
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'E-mail' }), {
      target: { value: 'ny@eksempelstyrelsen.example' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Nina Ny' } });
    // A customer belongs to an agency: no centre is asked for.
    expect(screen.queryByRole('combobox', { name: 'Centre' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Agency' }), { target: { value: 'agency-1' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Preferred language' }), {
      target: { value: 'da' },
    });
    const password = screen.getByRole('textbox', { name: 'One-time password' });
    fireEvent.change(password, { target: { value: 'too-short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('The password must have at least 12 characters.').length).toBeGreaterThan(0);
    expect(callsOf(mock, 'ManagerCreateUser')).toHaveLength(0);

    fireEvent.change(password, { target: { value: 'velkommen-2027!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    expect(await screen.findByText(/^Nina Ny was created\./)).toBeTruthy();
    expect(callsOf(mock, 'ManagerCreateUser')[0].variables).toEqual({
      input: {
        email: 'ny@eksempelstyrelsen.example',
        name: 'Nina Ny',
        role: 'CUSTOMER',
        providerCode: null,
        agencyId: 'agency-1',
        locale: 'da',
        password: 'velkommen-2027!',
        mustChangePassword: true,
      },
    });
    expect(lastLocation.current).toBe('/manage/users');
  });

  it('refuses a user name with an invisible character at the field, creating and changing, sending nothing', async () => {
    const mock = renderUsers('/manage/users/new', {
      ManagerCreateUser: () => ({ createUser: { id: 'user-9', version: 1 } }),
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'E-mail' }), {
      target: { value: 'ny@eksempelstyrelsen.example' },
    });
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Nina\u200BNy' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Agency' }), { target: { value: 'agency-1' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'One-time password' }), {
      target: { value: 'velkommen-2027!' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(name)).toContain('(U+200B, character 5)');
    expect(callsOf(mock, 'ManagerCreateUser')).toHaveLength(0);
    cleanup();

    const edit = renderUsers('/manage/users/user-7', {
      ManagerUpdateUser: () => ({ updateUser: { id: 'user-7', version: 4 } }),
    });
    const existing = await screen.findByDisplayValue(KAREN.name);
    fireEvent.change(existing, { target: { value: 'K'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(existing.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(existing)).toContain('At most 200 characters');
    expect(callsOf(edit, 'ManagerUpdateUser')).toHaveLength(0);
  });

  it('asks for a centre, not an agency, when the role is account manager', async () => {
    const mock = renderUsers('/manage/users/user-7', {
      ManagerUpdateUser: () => ({ updateUser: { id: 'user-7', version: 4 } }),
    });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Role' }), {
      target: { value: 'ACCOUNT_MANAGER' },
    });
    // The page reads the one user it shows, not the list.
    expect(callsOf(mock, 'ManagerUser').map((call) => call.variables)).toEqual([{ id: 'user-7' }]);
    expect(callsOf(mock, 'ManagerUsers')).toHaveLength(0);
    expect(screen.queryByRole('combobox', { name: 'Agency' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Centre' }), { target: { value: 'EX-DK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The changes to Karen Kunde were saved.')).toBeTruthy();
    expect(callsOf(mock, 'ManagerUpdateUser')[0].variables).toEqual({
      id: 'user-7',
      expectedVersion: 3,
      input: {
        name: 'Karen Kunde',
        role: 'ACCOUNT_MANAGER',
        providerCode: 'EX-DK',
        agencyId: null,
        locale: 'da',
      },
    });
  });

  it('sets a one-time password, then deactivates after asking, each expecting the version the last change left', async () => {
    const mock = renderUsers('/manage/users/user-7', {
      ManagerSetOneTimePassword: () => ({
        setOneTimePassword: { id: 'user-7', mustChangePassword: true, version: 4 },
      }),
      ManagerDeactivateUser: () => ({ deactivateUser: { id: 'user-7', active: false, version: 5 } }),
    });
    const password = await screen.findByRole('textbox', { name: 'New one-time password' });
    fireEvent.change(password, { target: { value: 'glemt-kode-2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the one-time password' }));
    expect(
      await screen.findByText(
        'The one-time password was set. Tell it to Karen Kunde: they must change it when they first sign in.',
      ),
    ).toBeTruthy();
    expect(callsOf(mock, 'ManagerSetOneTimePassword')[0].variables).toEqual({
      userId: 'user-7',
      password: 'glemt-kode-2027',
      expectedVersion: 3,
    });
    expect((password as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate the user' }));
    const dialog = within(screen.getByRole('dialog', { hidden: true }));
    expect(dialog.getByText(/Karen Kunde is signed out everywhere/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Deactivate the user', hidden: true }));
    expect(await screen.findByText('Karen Kunde was deactivated and can no longer sign in.')).toBeTruthy();
    expect(callsOf(mock, 'ManagerDeactivateUser')[0].variables).toEqual({ id: 'user-7', expectedVersion: 4 });
    expect(screen.getByRole('button', { name: 'Reactivate the user' })).toBeTruthy();
  });

  it('clears the sign-in lock of a user after asking, and announces it', async () => {
    let locked = true;
    const mock = renderUsers('/manage/users/user-7', {
      ManagerClearSignInLock: () => {
        const was = locked;
        locked = false;
        return { clearSignInLock: was };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clear sign-in lock' }));
    const dialog = within(
      screen.getByRole('dialog', { name: 'Clear the sign-in lock of Karen Kunde?', hidden: true }),
    );
    expect(callsOf(mock, 'ManagerClearSignInLock')).toHaveLength(0);
    fireEvent.click(dialog.getByRole('button', { name: 'Clear sign-in lock', hidden: true }));
    const status = await screen.findByText(
      'The sign-in lock of Karen Kunde was cleared. They can sign in now.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(callsOf(mock, 'ManagerClearSignInLock')[0].variables).toEqual({
      email: 'karen@eksempelstyrelsen.example',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Clear sign-in lock' }));
    fireEvent.click(lockDialog().getByRole('button', { name: 'Clear sign-in lock', hidden: true }));
    expect(
      await screen.findByText('Karen Kunde had no failed sign-ins to clear. They can sign in.'),
    ).toBeTruthy();
  });

  it('says in words when clearing a sign-in lock is refused', async () => {
    renderUsers('/manage/users/user-7', {
      ManagerClearSignInLock: () => graphQLErrors({ code: 'INTERNAL_SERVER_ERROR' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clear sign-in lock' }));
    fireEvent.click(lockDialog().getByRole('button', { name: 'Clear sign-in lock', hidden: true }));
    const alert = await screen.findByText(
      'The sign-in lock could not be cleared because of a problem on our side. Please try again in a moment.',
    );
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('says in words when someone else changed the user', async () => {
    renderUsers('/manage/users/user-7', {
      ManagerUpdateUser: () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Karen K.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Not saved: the user has changed' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload to see their change' })).toBeTruthy();
  });
});
