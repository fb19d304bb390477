import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { Link, MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { i18next } from '../../i18n/i18n';
import { LeaveGuardProvider } from '../../components/ui/LeaveGuardProvider';
import { anyDirtyForm, useLeaveGuard } from './use-leave-guard';

/** A form whose name field makes it dirty, with ways out: links, and "Save" that leaves after saving. */
function NameForm() {
  const [name, setName] = useState('');
  const guard = useLeaveGuard(name !== '');
  const navigate = useNavigate();
  return (
    <>
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
      <Link to="/form?step=2">Same page, other query</Link>
      <button
        type="button"
        onClick={() => {
          guard.settle();
          void navigate('/elsewhere');
        }}
      >
        Save
      </button>
    </>
  );
}

/** Where the router is, for the assertions. */
const at = { pathname: '', search: '' };
function Probe() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    at.pathname = pathname;
    at.search = search;
  }, [pathname, search]);
  return null;
}

function renderForm() {
  render(
    <MemoryRouter initialEntries={['/form']}>
      <LeaveGuardProvider>
        <Probe />
        <Routes>
          <Route path="/form" element={<NameForm />} />
          <Route path="/elsewhere" element={<p>Another page</p>} />
        </Routes>
      </LeaveGuardProvider>
    </MemoryRouter>,
  );
}

const type = (text: string) => fireEvent.change(screen.getByLabelText('Name'), { target: { value: text } });
const unloadPrevented = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('useLeaveGuard with LeaveGuardHost', () => {
  beforeEach(() => i18next.changeLanguage('en'));
  afterEach(cleanup);

  it('lets a form without changes be left at once, and the tab be closed without a question', async () => {
    renderForm();
    expect(unloadPrevented()).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Another page')).toBeTruthy();
    expect(at.pathname).toBe('/elsewhere');
  });

  it('asks before leaving a changed form; staying keeps the page and what was typed', async () => {
    renderForm();
    type('Payroll');
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('If you leave this page now, they are lost.');
    expect(at.pathname).toBe('/form');

    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(at.pathname).toBe('/form');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Payroll');
    // Still changed: the next attempt asks again.
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
  });

  it('leaves without saving when the user says so', async () => {
    renderForm();
    type('Payroll');
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('Another page')).toBeTruthy();
    expect(anyDirtyForm()).toBe(false);
  });

  it('asks the browser before closing or reloading the tab while changed, and no longer once clean', () => {
    renderForm();
    type('Payroll');
    expect(unloadPrevented()).toBe(true);
    type('');
    expect(unloadPrevented()).toBe(false);
  });

  it('does not count a change of the query alone (a configuration kept in the address) as leaving', async () => {
    renderForm();
    type('Payroll');
    fireEvent.click(screen.getByRole('link', { name: 'Same page, other query' }));
    expect(at.search).toBe('?step=2');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('moves on without a question right after a save', async () => {
    renderForm();
    type('Payroll');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Another page')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks in the interface language', async () => {
    await i18next.changeLanguage('da');
    renderForm();
    type('Løn');
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByRole('alertdialog', { name: 'Forlad uden at gemme?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bliv og fortsæt redigeringen' })).toBeTruthy();
  });
});
