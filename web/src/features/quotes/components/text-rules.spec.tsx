import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { renderWithApp } from '../../../test/render';
import { CUSTOMER, signedInAs } from '../../../test/session';
import { draftQuote } from '../../../test/quotes';
import { CommentThread } from '../../../components/quote/CommentThread';
import { SaveQuote } from './SaveQuote';
import { quoteFailure } from '../model/quote-errors';

// The quote forms apply the shared text rules (DESIGN, "Limits at every entry point", Text) before
// anything is sent: lengths in characters as people count them, no control or invisible characters.

const INPUT: ConfigurationInput = {
  providerCode: 'SA-DK',
  catalogueVersion: 1,
  servicePackageCode: 'LON',
  serviceCodes: [],
  serviceLevelCode: null,
  volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
  contractYears: 1,
};
const EMOJI = '😀';

function openSaveDialog() {
  renderWithApp(<SaveQuote configuration={INPUT} complete />);
  fireEvent.click(screen.getByRole('button', { name: 'Save as quote' }));
  const dialog = within(screen.getByRole('dialog', { hidden: true }));
  const save = (name: string) => {
    fireEvent.change(dialog.getByRole('textbox', { name: 'Name of the quote', hidden: true }), {
      target: { value: name },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Save the quote', hidden: true }));
  };
  return { dialog, save };
}

describe('the shared text rules in the quote forms', () => {
  beforeEach(async () => {
    signedInAs(CUSTOMER);
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('refuses a name of 201 emoji at the field and sends nothing', () => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { dialog, save } = openSaveDialog();
    save(EMOJI.repeat(201));
    expect(dialog.getByText('The name can have at most 200 characters.')).toBeTruthy();
    expect(api.calls).toHaveLength(0);
  });

  it('saves a name of 150 emoji: 150 characters, not 300', async () => {
    const api = mockApi({ SaveQuote: () => ({ saveQuote: draftQuote({ name: EMOJI.repeat(150) }) }) });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { save } = openSaveDialog();
    save(EMOJI.repeat(150));
    expect(await screen.findByText('The quote has been saved.')).toBeTruthy();
    expect(api.calls[0].variables).toEqual({ input: { name: EMOJI.repeat(150), configuration: INPUT } });
  });

  it.each([
    ['a right-to-left override', 'Payroll \u202E7202', 'U\\+202E, character 9'],
    ['a zero-width space', 'Pay\u200Broll', 'U\\+200B, character 4'],
  ])('refuses a name with %s, naming the character', (_name, name, where) => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    const { dialog, save } = openSaveDialog();
    save(name);
    expect(
      dialog.getByText(new RegExp(`a control, invisible or text-direction character \\(${where}\\)`)),
    ).toBeTruthy();
    expect(api.calls).toHaveLength(0);
  });

  it('refuses a comment with a NUL or an ANSI escape, and counts a long comment in characters', () => {
    const api = mockApi({});
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(
      <CommentThread
        quote={draftQuote()}
        canComment
        failureKey={(error, online) => quoteFailure(error, online).key}
      />,
    );
    const field = screen.getByRole('textbox', { name: /comment/i });
    const add = screen.getByRole('button', { name: /add/i });
    fireEvent.change(field, { target: { value: 'ok\u0000' } });
    fireEvent.click(add);
    expect(screen.getByText(/\(U\+0000, character 3\)/)).toBeTruthy();
    fireEvent.change(field, { target: { value: '\u001B[31mred' } });
    fireEvent.click(add);
    expect(screen.getByText(/\(U\+001B, character 1\)/)).toBeTruthy();
    fireEvent.change(field, { target: { value: EMOJI.repeat(2001) } });
    fireEvent.click(add);
    expect(screen.getByText('A comment can have at most 2000 characters.')).toBeTruthy();
    expect(api.calls).toHaveLength(0);
  });

  it('sends a comment of 2000 emoji and a multi-line one with tabs', async () => {
    const api = mockApi({
      AddQuoteComment: () => ({
        addQuoteComment: { id: 'c1', authorName: 'Customer', text: 'x', createdAt: '2026-12-07T00:00:00Z' },
      }),
    });
    vi.stubGlobal('fetch', vi.fn(api.fetchMock));
    renderWithApp(
      <CommentThread
        quote={draftQuote()}
        canComment
        failureKey={(error, online) => quoteFailure(error, online).key}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /comment/i }), {
      target: { value: `${EMOJI.repeat(1990)}\n\tline` },
    });
    fireEvent.click(screen.getByRole('button', { name: /add/i }));
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0].variables).toMatchObject({ text: `${EMOJI.repeat(1990)}\n\tline` });
  });
});
