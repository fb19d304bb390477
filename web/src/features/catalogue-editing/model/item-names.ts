import type { CatalogueDocument, ItemKind } from '@servicekatalog/shared';
import type { TFunction } from 'i18next';
import type { ItemNamer } from '../../../lib/document-errors';
import { localized, type LocalizedText } from '../../../lib/localized';

/** The draft's list that holds each kind of item. */
const LISTS = {
  CATEGORY: 'categories',
  DRIVER: 'drivers',
  SERVICE_LEVEL: 'serviceLevels',
  SERVICE: 'services',
  SERVICE_PACKAGE: 'servicePackages',
} as const satisfies Record<ItemKind, keyof CatalogueDocument>;

/**
 * An item as managers read it: its name in their language (else English, else any) with the code
 * after it, "Payroll (PAY)"; the bare code when it has no name yet or the name is the code.
 */
export function namedItem(
  t: TFunction,
  name: LocalizedText | null | undefined,
  code: string,
  language: string,
) {
  const shown = localized(name, language).trim();
  return shown && shown !== code ? t('manager.form.named', { name: shown, code }) : code;
}

/** Names the draft's items in messages (see ItemNamesContext); an unknown code stays bare. */
export function draftItemNamer(document: CatalogueDocument, t: TFunction, language: string): ItemNamer {
  return (kind, code) => {
    const items: readonly { code: string; name?: LocalizedText | null }[] = document[LISTS[kind]];
    const item = items.find((candidate) => candidate.code === code);
    return item ? namedItem(t, item.name, code, language) : undefined;
  };
}
