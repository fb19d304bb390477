import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { compileCatalogue, priceConfiguration, type ConfigurationInput } from '@servicekatalog/shared';
import { i18next } from '../../../i18n/i18n';
import {
  catalogueVersionsResponse,
  configuratorCatalogueResponse,
  EXAMPLE_CATALOGUE,
} from '../../../test/fixtures';
import { languageOf } from '../../../test/language';
import { mockGraphQL, renderWithApp } from '../../../test/render';
import { Configurator } from './Configurator';

const compiled = compileCatalogue(EXAMPLE_CATALOGUE, 1);
const text = (element: Element | null) => element?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

function renderConfigurator(search: string) {
  const mock = mockGraphQL({
    CatalogueVersions: () => catalogueVersionsResponse(),
    ConfigurationCatalogue: () => configuratorCatalogueResponse(),
    ExportCatalogue: () => ({ exportCatalogue: EXAMPLE_CATALOGUE }),
    PriceConfiguration: (variables) => ({
      priceConfiguration: priceConfiguration(compiled, variables.input as ConfigurationInput),
    }),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  renderWithApp(<Configurator providerCode="EX-DK" />, {
    path: `/centres/EX-DK/configure${search}`,
    route: '/centres/:code/configure',
  });
}

// The example catalogue is written in Danish and English: on a Norwegian or Swedish page its texts
// fall back to English (marked with lang), and no sentence of the interface's own words takes an
// English word inside it — a catalogue text stands after a label ("Enhet: payslip"), not in the
// grammar of the sentence ("Telles per payslip", "tjenestenivå Basic", "… Inkludert").
describe('catalogue texts in another language than the interface', () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await act(() => i18next.changeLanguage('en'));
  });

  it.each([
    ['nb', 'Enhet: payslip.', 'tjenestenivå: Standard', 'Inkludert'],
    ['sv', 'Enhet: payslip.', 'servicenivå: Standard', 'Ingår'],
    ['fi', 'Laskutusyksikkö: payslip.', 'palvelutaso: Standard', 'Sisältyy'],
    ['is', 'Eining: payslip.', 'þjónustustig: Standard', 'Innifalið'],
  ])(
    '%s: units, the package’s level and “included” stand apart from the English',
    async (language, unit, level, included) => {
      await act(() => i18next.changeLanguage(language));
      renderConfigurator('?package=BASIS&volume.PAYSLIPS=10');
      const payslips = await screen.findByRole('textbox', { name: 'Payslips per month' });
      const described = (payslips.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => text(document.getElementById(id)));
      expect(described.some((description) => description?.startsWith(unit))).toBe(true);
      expect(languageOf(screen.getAllByText('payslip')[0])).toBe('en');

      const basis = screen.getByRole('radio', { name: 'Basic' });
      const description = (basis.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id))
        .find((element) => text(element)?.includes(level)) as HTMLElement;
      expect(text(description)).toContain(level);
      expect(languageOf(within(description).getByText('Standard'))).toBe('en');

      const row = document.querySelector('.service-row') as HTMLElement;
      expect(text(row)).toMatch(new RegExp(`^[^:]+: ${included}`));
    },
  );
});
