import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { mockApi } from '../../../test/graphql-mock';
import { languageOf } from '../../../test/language';
import { lastLocation, renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import { versionsResponse } from '../../../test/manager-fixtures';
import { ImportPage } from './ImportPage';

function chooseFile(content: string, name = 'catalogue.json') {
  const input = screen.getByLabelText('Catalogue document') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('ImportPage', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('checks the document first and lists every error at its path, importing nothing', async () => {
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(false),
      ManagerValidateCatalogue: () => ({
        validateCatalogue: [
          {
            path: 'services[3].priceComponents[0].tiers[1].upTo',
            message: 'The last tier must have "upTo": null.',
          },
          { path: '', message: 'Required field "provider" is missing.' },
        ],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImportPage providerCode="EX-DK" />);
    await screen.findByRole('heading', { level: 1, name: 'Import a catalogue document' });
    chooseFile('{"services": []}', 'broken.json');

    const table = await screen.findByRole('table', { name: 'Errors in the document, at their place in it' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['services[3].priceComponents[0].tiers[1].upTo', 'The last tier must have "upTo": null.'],
      ['the whole document', 'Required field "provider" is missing.'],
    ]);
    expect(screen.getByText('broken.json has 2 errors. Nothing was imported.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import as draft' })).toBeNull();
    expect(mock.calls.map((call) => call.operation)).not.toContain('ManagerImportCatalogue');
  });

  it('words the errors in the interface language, keeping English only for a code it does not know', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(false),
      ManagerValidateCatalogue: () => ({
        validateCatalogue: [
          {
            path: 'services[3].priceComponents[0].tiers[1].upTo',
            code: 'TIER_ORDER',
            params: { upTo: '400', previous: '500' },
            message:
              '"upTo" must be greater than the previous tier\'s upTo ("500"); tiers go in strictly ascending order.',
          },
          {
            path: 'services[1].priceComponents[0].driver',
            code: 'UNKNOWN_REFERENCE',
            params: { item: 'DRIVER', code: 'PAYSLIP', suggestion: 'PAYSLIPS' },
            message:
              'Unknown driver "PAYSLIP": no driver in this document has that code. Did you mean "PAYSLIPS"?',
          },
          // A code of a newer API than this page knows.
          { path: 'validFrom', code: 'DATE_IN_THE_PAST', params: {}, message: 'The date has passed.' },
        ],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImportPage providerCode="EX-DK" />);
    await screen.findByRole('heading', { level: 1, name: 'Importér et katalogdokument' });
    const input = screen.getByLabelText('Katalogdokument') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'broken.json')] } });

    const table = await screen.findByRole('table', { name: 'Fejl i dokumentet, på deres plads i det' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]);
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '“upTo” skal være større end det forrige trins upTo ("500"); trinene skal stå i strengt stigende orden.',
      'Koden “PAYSLIP” (volumendriver) findes ikke i dette dokument. Mente du “PAYSLIPS”?',
      'The date has passed.',
    ]);
    // Screen readers read each in its own language (WCAG 3.1.2): Danish as the page, English marked.
    expect(cells.map((cell) => languageOf(cell))).toEqual(['da', 'da', 'en']);
  });

  it('says so when the file is not JSON', async () => {
    const mock = mockApi({ ManagerVersions: () => versionsResponse(false) });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImportPage providerCode="EX-DK" />);
    await screen.findByRole('heading', { level: 1 });
    chooseFile('not json', 'notes.txt');
    expect(
      await screen.findByText('notes.txt is not a JSON document. Choose a catalogue document in JSON.'),
    ).toBeTruthy();
  });

  it('imports a valid document, replacing the draft only when asked to', async () => {
    const document = { provider: { code: 'EX-DK' }, services: [] };
    const mock = mockApi({
      ManagerVersions: () => versionsResponse(true),
      ManagerValidateCatalogue: () => ({ validateCatalogue: [] }),
      ManagerImportCatalogue: () => ({
        importCatalogue: { id: 'v3', number: 3, provider: { code: 'EX-DK' } },
      }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
    renderWithApp(<ImportPage providerCode="EX-DK" />);
    await screen.findByRole('heading', { level: 1 });
    chooseFile(JSON.stringify(document));

    expect(
      await screen.findByText(
        'catalogue.json has no errors: a catalogue of EX-DK. Nothing has been imported yet.',
      ),
    ).toBeTruthy();
    const importButton = screen.getByRole('button', { name: 'Import as draft' }) as HTMLButtonElement;
    // The centre has a draft: importing needs the explicit choice to replace it.
    expect(importButton.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Replace the current draft \(version 2\)/ }));
    fireEvent.click(importButton);
    await waitFor(() => expect(lastLocation.current).toBe('/manage/centres/EX-DK/draft'));
    const call = mock.calls.find((entry) => entry.operation === 'ManagerImportCatalogue');
    expect(call?.variables).toEqual({ document, replaceDraft: true });
  });
});
