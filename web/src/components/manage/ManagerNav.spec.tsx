import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { i18next } from '../../i18n/i18n';
import { renderWithApp } from '../../test/render';
import '../../lib/manage/i18n';
import { ManagerNav } from './ManagerNav';

/** The names of the links marked as the current page. */
function current(): string[] {
  return screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '');
}

describe('ManagerNav', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(cleanup);

  it.each([
    ['/manage', ['Catalogue versions']],
    ['/manage/centres/SA-DK/draft', ['Catalogue versions']],
    ['/manage/users/user-7', ['Users']],
    ['/manage/agencies', ['Agencies']],
    ['/manage/quotes', ['Quote inbox']],
    ['/manage/agreements/a1', ['Agreements']],
  ])('marks one link current for an administrator at %s', (path, expected) => {
    renderWithApp(<ManagerNav ownCentre={null} admin />, { path });
    expect(current()).toEqual(expected);
  });

  it("marks an account manager's catalogue current on their centre's pages only, and offers no users", () => {
    renderWithApp(<ManagerNav ownCentre="SA-DK" admin={false} />, { path: '/manage/centres/SA-DK/changes' });
    expect(current()).toEqual(['Catalogue versions']);
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    cleanup();
    renderWithApp(<ManagerNav ownCentre="SA-DK" admin={false} />, { path: '/manage/audit' });
    expect(current()).toEqual(['Audit log']);
  });
});
