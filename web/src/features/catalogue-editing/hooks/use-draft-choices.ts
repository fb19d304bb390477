import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { localized } from '../../../lib/localized';

export interface CodeChoice {
  value: string;
  label: string;
}

/** "Payroll (PAYROLL)": the name in the interface language, with the code managers know it by. */
function named(code: string, name: Record<string, string> | undefined, language: string): CodeChoice {
  const text = localized(name, language);
  return { value: code, label: text && text !== code ? `${text} (${code})` : code };
}

/** The draft's items as choices for selects and checklists, in the interface language. */
export function useDraftChoices(document: CatalogueDocument) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      categories: document.categories.map((item) => named(item.code, item.name, language)),
      drivers: document.drivers.map((item) => named(item.code, item.name, language)),
      serviceLevels: document.serviceLevels.map((item) => named(item.code, item.name, language)),
      services: document.services.map((item) => named(item.code, item.name, language)),
      addOns: document.services
        .filter((item) => item.kind === 'ADDON')
        .map((item) => named(item.code, item.name, language)),
      servicePackages: document.servicePackages.map((item) => named(item.code, item.name, language)),
    }),
    [document, language],
  );
}

export type DraftChoices = ReturnType<typeof useDraftChoices>;
