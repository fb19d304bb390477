import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { graphQLErrors, mockApi } from '../../../test/graphql-mock';
import { languageOf } from '../../../test/language';
import { renderWithApp } from '../../../test/render';
import '../../../lib/manage/i18n';
import { draftResponse, invalidEdit, versionsResponse } from '../../../test/manager-fixtures';
import { DraftItemPage, type ItemKindSegment } from './DraftItemPage';

type Responder = Parameters<typeof mockApi>[0][string];

function renderItem(
  kind: ItemKindSegment,
  code: string,
  edit: Responder,
  draft: Responder = () => draftResponse(),
) {
  const mock = mockApi({
    ManagerVersions: () => versionsResponse(),
    ManagerDraft: draft,
    ManagerUpsertService: edit,
    ManagerUpsertServicePackage: edit,
    ManagerRemoveService: edit,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<DraftItemPage providerCode="EX-DK" kind={kind} code={code} />);
  return mock;
}

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('draft item editor', () => {
  beforeEach(async () => {
    await act(() => i18next.changeLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('saves a changed price with the version the draft had when the form was opened, and says so', async () => {
    const mock = renderItem('services', 'ACC', () => ({ upsertService: { version: 4 } }));
    const price = await screen.findByRole('textbox', { name: 'Price per unit (DKK)' });
    fireEvent.change(price, { target: { value: '45.50' } });
    expect(screen.getByText(/Customers will read: DKK 45\.50 per invoice per month/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The service Accounting (ACC) was saved in the draft.')).toBeTruthy();
    const save = mock.calls.find((call) => call.operation === 'ManagerUpsertService');
    expect(save?.variables).toMatchObject({ id: 'draft-2', expectedVersion: 3 });
    const input = save?.variables.input as { priceComponents: Array<Record<string, unknown>> };
    // Only the fields the price model uses are sent: a PER_UNIT price has no amount and no tiers.
    expect(input.priceComponents[0]).toEqual({
      label: { en: 'Per purchase invoice' },
      model: 'PER_UNIT',
      period: 'MONTHLY',
      driver: 'INVOICES_IN',
      unitPrice: '45.50',
      fromYear: 1,
      toYear: null,
    });
    expect(input.priceComponents[1]).toMatchObject({ model: 'FLAT', amount: '30000.00' });
    expect(input.priceComponents[1]).not.toHaveProperty('unitPrice');

    // The next save sends the version the first one returned, not the one the form opened with.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mock.calls.filter((call) => call.operation === 'ManagerUpsertService')).toHaveLength(2),
    );
    expect(
      mock.calls.filter((call) => call.operation === 'ManagerUpsertService')[1].variables.expectedVersion,
    ).toBe(4);
  });

  it('keeps Save and the unsaved state in the save bar, and asks before leaving with changes', async () => {
    renderItem('services', 'ACC', () => ({ upsertService: { version: 4 } }));
    const price = await screen.findByRole('textbox', { name: 'Price per unit (DKK)' });
    const bar = screen.getByRole('button', { name: 'Save' }).closest('.form-actions') as HTMLElement;
    expect(bar.className).toContain('form-actions--sticky');
    expect(within(bar).getByRole('status').textContent).toBe('No unsaved changes');

    fireEvent.change(price, { target: { value: '45.50' } });
    expect(within(bar).getByRole('status').textContent).toBe('Unsaved changes');
    const back = screen.getAllByRole('link').find((link) => link.getAttribute('href')?.startsWith('/manage'));
    fireEvent.click(back as HTMLElement);
    expect(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((screen.getByRole('textbox', { name: 'Price per unit (DKK)' }) as HTMLInputElement).value).toBe(
      '45.50',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The service Accounting (ACC) was saved in the draft.')).toBeTruthy();
    expect(within(bar).getByRole('status').textContent).toBe('No unsaved changes');
  });

  it('shows each validation message of the API at the field that is wrong, and lists them all at the top', async () => {
    renderItem('services', 'PAY-RUN', () =>
      graphQLErrors(
        invalidEdit('input.priceComponents[0].tiers[1].upTo', [
          {
            path: 'services[1].priceComponents[0].tiers[1].upTo',
            message: 'The last tier must have "upTo": null (no limit).',
          },
          { path: 'services[1].name.en', message: '"en" must be a non-empty string.' },
          { path: 'servicePackages[0].items[1].service', message: 'Unknown service "PAY-RUN".' },
        ]),
      ),
    );
    const tier2 = await screen.findByRole('group', { name: 'Tier 2' });
    fireEvent.change(within(tier2).getByRole('textbox', { name: 'Up to and including' }), {
      target: { value: '5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('heading', {
      name: '3 things must be fixed before this can be saved',
    });
    const links = within(summary.closest('ds-error-summary') as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'The last tier must have "upTo": null (no limit).',
      '"en" must be a non-empty string.',
      'Unknown service "PAY-RUN".',
    ]);
    const upTo = within(screen.getByRole('group', { name: 'Tier 2' })).getByRole('textbox', {
      name: 'Up to and including',
    });
    await waitFor(() => expect(upTo.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(upTo)).toContain('The last tier must have "upTo": null (no limit).');
    expect(links[0].getAttribute('href')).toBe(`#${upTo.id}`);
    const english = within(screen.getByRole('group', { name: /^Name/ })).getByRole('textbox', {
      name: 'English',
    });
    expect(describedBy(english)).toContain('"en" must be a non-empty string.');
    // A problem elsewhere in the catalogue (a package that uses the service) is for the form as a whole.
    expect(links[2].getAttribute('href')).toBe('#edit-services-heading');
    expect(
      links[0].closest('[lang]')?.getAttribute('lang') ??
        links[0].querySelector('[lang]')?.getAttribute('lang'),
    ).toBe('en');

    fireEvent.click(links[0]);
    expect(document.activeElement).toBe(upTo);
  });

  it('names the items of the draft in its messages by name in the reader’s language, the code after it', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderItem('services', 'SCAN', () =>
      graphQLErrors(
        invalidEdit('input.requires', [
          {
            path: 'services[2].requires[0][0]',
            code: 'REQUIRES_EXCLUDED_SERVICE',
            params: { service: 'SCAN', required: 'ACC' },
            message: 'Service "SCAN" requires "ACC", which it excludes; "SCAN" could never be selected.',
          },
        ]),
      ),
    );
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('heading', { name: '1 ting skal rettes, før der kan gemmes' });
    const [link] = within(summary.closest('ds-error-summary') as HTMLElement).getAllByRole('link');
    // ACC has a Danish name; SCAN only an English one, which the Danish page falls back to.
    expect(link.textContent).toContain('“Invoice scanning (SCAN)”');
    expect(link.textContent).toContain('“Regnskab (ACC)”');
    expect(link.textContent).not.toMatch(/“(ACC|SCAN)”/);
  });

  it('says what was saved by its name first, and the removal question names it too', async () => {
    await act(() => i18next.changeLanguage('da'));
    renderItem('services', 'ACC', () => ({ upsertService: { version: 4 } }));
    await screen.findByRole('heading', { level: 1, name: 'Ydelse Regnskab (ACC)' });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Ydelsen Regnskab (ACC) er gemt i kladden.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern ydelsen' }));
    expect(await screen.findByText(/^Fjern ydelsen Regnskab \(ACC\) fra kladden\?/)).toBeTruthy();
  });

  it("words the API's document errors in the interface language at their fields and in the summary", async () => {
    await act(() => i18next.changeLanguage('da'));
    renderItem('services', 'PAY-RUN', () =>
      graphQLErrors(
        invalidEdit('input.priceComponents[0].tiers[1].upTo', [
          {
            path: 'services[1].priceComponents[0].tiers[1].upTo',
            code: 'LAST_TIER_NOT_OPEN',
            params: { upTo: '5' },
            message:
              'The last tier must have "upTo": null (no limit), not "5", so that every quantity has a price.',
          },
          { path: 'services[1].name.en', message: '"en" must be a non-empty string.' },
        ]),
      ),
    );
    const tier2 = await screen.findByRole('group', { name: 'Trin 2' });
    fireEvent.change(within(tier2).getByRole('textbox', { name: 'Til og med' }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    const summary = await screen.findByRole('heading', { name: '2 ting skal rettes, før der kan gemmes' });
    const links = within(summary.closest('ds-error-summary') as HTMLElement).getAllByRole('link');
    const danish =
      'Det sidste trin skal have "upTo": null (ingen grænse), ikke "5", så alle mængder har en pris.';
    // The API's error without a code (an older API) stays in English, marked as such.
    expect(links.map((link) => link.textContent)).toEqual([danish, '"en" must be a non-empty string.']);
    expect(links.map((link) => languageOf(link.querySelector('.field-error') as Element))).toEqual([
      'da',
      'en',
    ]);
    const upTo = within(screen.getByRole('group', { name: 'Trin 2' })).getByRole('textbox', {
      name: 'Til og med',
    });
    await waitFor(() => expect(upTo.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(upTo)).toContain(danish);

    // The message follows the interface language, as every other text of the page does.
    await act(() => i18next.changeLanguage('nb'));
    expect(describedBy(upTo)).toContain(
      'Det siste trinnet må ha "upTo": null (ingen grense), ikke "5", slik at alle mengder har en pris.',
    );
  });

  it('puts an error reported at an input path (a number the API could not read) at its field', async () => {
    renderItem('services', 'PAY-BASE', () =>
      graphQLErrors({ code: 'BAD_USER_INPUT', field: 'input.priceComponents[0].amount' }),
    );
    const amount = await screen.findByRole('textbox', { name: 'Amount (DKK)' });
    fireEvent.change(amount, { target: { value: '9 000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(amount)).toContain('refused');
  });

  it('says in words when someone else changed the draft, and reloads it to show their change', async () => {
    let reloaded = false;
    const changedByOthers = draftResponse(5);
    changedByOthers.exportCatalogue.services[2].priceComponents[0].unitPrice = '44.00';
    const mock = renderItem(
      'services',
      'ACC',
      () => graphQLErrors({ code: 'CONFLICT', reason: 'STALE_VERSION' }),
      () => (reloaded ? changedByOthers : draftResponse(3)),
    );
    const price = await screen.findByRole('textbox', { name: 'Price per unit (DKK)' });
    fireEvent.change(price, { target: { value: '45.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByText(
      'Someone else changed this draft since you opened it — reload to see their change. Your changes on this page were not saved; make them again after reloading.',
    );
    expect(alert).toBeTruthy();
    reloaded = true;
    fireEvent.click(screen.getByRole('button', { name: 'Reload to see their change' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Price per unit (DKK)' }) as HTMLInputElement).value).toBe(
        '44.00',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mock.calls.filter((call) => call.operation === 'ManagerUpsertService')).toHaveLength(2),
    );
    expect(
      mock.calls.filter((call) => call.operation === 'ManagerUpsertService')[1].variables.expectedVersion,
    ).toBe(5);
  });

  it('maps an error in a package’s included quantities (a map in the document) to its row', async () => {
    renderItem('packages', 'BASIS', () =>
      graphQLErrors(
        invalidEdit('input.items[1].included[0].quantity', [
          {
            path: 'servicePackages[0].items[1].included.PAYSLIPS',
            message: '"PAYSLIPS" must not be negative (-1).',
          },
        ]),
      ),
    );
    const row = await screen.findByRole('group', { name: 'Included quantity 1' });
    const quantity = within(row).getByRole('textbox', { name: 'Quantity included' });
    fireEvent.change(quantity, { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(quantity)).toContain('"PAYSLIPS" must not be negative (-1).');
  });

  it('refuses a localized name with a zero-width space and a description with a NUL at their fields, sending nothing', async () => {
    const mock = renderItem('services', 'CONSULT', () => ({ upsertService: { version: 4 } }));
    await screen.findByRole('textbox', { name: 'From contract year' });
    const name = document.getElementById('edit-services-name-da') as HTMLInputElement;
    const description = document.getElementById('edit-services-description-en') as HTMLTextAreaElement;
    const label = document.getElementById('edit-services-priceComponents-0-label-en') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Rådgiv\u200Bning' } });
    fireEvent.change(description, { target: { value: 'Line one\nline\u0000two' } });
    fireEvent.change(label, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(name)).toContain('(U+200B, character 7)');
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(description)).toContain('(U+0000, character 14)');
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(label)).toContain('At most 200 characters');
    expect(mock.calls.some((call) => call.operation === 'ManagerUpsertService')).toBe(false);
  });

  it('checks whole numbers before sending anything', async () => {
    const mock = renderItem('services', 'CONSULT', () => ({ upsertService: { version: 4 } }));
    const from = await screen.findByRole('textbox', { name: 'From contract year' });
    fireEvent.change(from, { target: { value: 'two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(from)).toContain('Enter a whole number, for example 2.');
    expect(mock.calls.some((call) => call.operation === 'ManagerUpsertService')).toBe(false);
  });
});
