import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { noteLiveConnectionClosed, resetLiveUpdatesPaused } from '../../lib/graphql/live-paused';
import { LivePausedNotice } from './LivePausedNotice';

describe('live updates paused in this tab', () => {
  afterEach(() => {
    cleanup();
    resetLiveUpdatesPaused();
  });

  it('says nothing in its polite region while the connection is fine or closes for another reason', async () => {
    await act(() => i18next.changeLanguage('en'));
    render(<LivePausedNotice />);
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => noteLiveConnectionClosed({ code: 1006, reason: '' }));
    act(() => noteLiveConnectionClosed({ code: 4401, reason: 'Token expired' }));
    act(() => noteLiveConnectionClosed(new Error('socket error')));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says so, politely, once the server refuses the connection as one too many (4429)', async () => {
    await act(() => i18next.changeLanguage('da'));
    render(<LivePausedNotice />);
    act(() => noteLiveConnectionClosed({ code: 4429, reason: 'At most 5 live connections per user' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Direkte opdateringer er sat på pause i denne fane: for mange faner eller vinduer følger ændringer. Luk nogle af dem, og genindlæs siden for igen at se ændringer, når de sker.',
    );
  });
});
