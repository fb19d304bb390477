import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { i18next } from '../../../i18n/i18n';
import { catalogueBrowserResponse, catalogueVersionsResponse } from '../../../test/fixtures';
import { mockGraphQL, renderWithApp } from '../../../test/render';
import { CatalogueBrowser } from './CatalogueBrowser';

const text = (element: Element | null) => element?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

function renderBrowser(language = 'en') {
  const mock = mockGraphQL({
    CatalogueVersions: () => catalogueVersionsResponse(),
    CatalogueBrowser: () => catalogueBrowserResponse(undefined, language),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<CatalogueBrowser providerCode="EX-DK" version={null} />);
  return mock;
}

describe('CatalogueBrowser', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the packages with their services, included quantities, discount and who does what', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    const basic = await screen.findByRole('heading', { level: 3, name: 'Basic' });
    const card = within(basic.closest('.package-card') as HTMLElement);
    expect(card.getByText('5% on the recurring charges of the package’s services')).toBeTruthy();
    const items = within(card.getByRole('list')).getAllByRole('listitem').map(text);
    expect(items).toEqual([
      'Payroll base fee',
      'Payroll administration (Payslips per month: 10 included in the price)',
    ]);
    expect(card.getByText('Consulting')).toBeTruthy();
    fireEvent.click(card.getByText('Who does what'));
    const labour = card.getByRole('table', { name: 'Division of labour in Basic' });
    const rows = within(labour)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Run payroll', 'Payroll base fee', 'The centre'],
      ['Register permanent pay changes', 'Payroll administration', 'Your agency'],
    ]);
    expect(card.getByRole('link', { name: 'Configure Basic' }).getAttribute('href')).toBe(
      '/centres/EX-DK/configure?package=BASIS',
    );
  });

  it('groups services by category and explains every price component in words', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    expect(await screen.findByRole('heading', { level: 3, name: 'Payroll' })).toBeTruthy();
    const run = within(
      screen.getByRole('heading', { name: 'Payroll administration' }).closest('.service-card') as HTMLElement,
    );
    expect(text(run.getByText(/per payslip per month/).closest('li'))).toBe(
      'Per payslip: DKK 38.00 per payslip per month up to 1,000; above 1,000: DKK 31.50; minimum charge DKK 500.00 per month',
    );
    expect(run.getByText('Requires Payroll base fee.')).toBeTruthy();
    expect(run.getByText('Payslips per month: at least 1.')).toBeTruthy();
    const old = within(
      screen.getByRole('heading', { name: 'Paper scanning' }).closest('.service-card') as HTMLElement,
    );
    expect(old.getByText('Being phased out')).toBeTruthy();
    expect(old.getByText('Add-on')).toBeTruthy();
    expect(old.getByText('Cannot be combined with Invoice scanning.')).toBeTruthy();
    expect(screen.getAllByText('All prices exclude VAT.').length).toBeGreaterThan(0);
  });

  it('sets the service levels side by side with their targets', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderBrowser();
    const table = await screen.findByRole('table', { name: 'Service levels: surcharge and targets' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => text(row));
    expect(rows).toEqual([
      'TargetStandardPlus',
      'Surcharge on recurring charges0%10%',
      'Enquiries answered within2 working days1 working day',
    ]);
  });

  it('asks for the catalogue in the interface language and words it in Danish', async () => {
    await act(() => i18next.changeLanguage('da'));
    const mock = renderBrowser('da');
    expect(await screen.findByRole('heading', { level: 2, name: 'Servicepakker' })).toBeTruthy();
    expect(mock.calls.find((call) => call.operation === 'CatalogueBrowser')?.headers['accept-language']).toBe(
      'da, en;q=0.5',
    );
    expect(text(screen.getByText(/Træder i kraft/))).toBe('Træder i kraft 1. januar 2027');
    expect(screen.getAllByRole('listitem').map(text)).toContain('Grundgebyr: 9.000,00 DKK pr. måned');
  });
});
