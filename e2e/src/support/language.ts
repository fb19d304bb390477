import type { Locator } from 'playwright-core';

/** How a text is read: the language of its nearest `lang`, and whether that is the page's own (<html>). */
export interface TextLanguage {
  language: string | null;
  pageLanguage: boolean;
}

/** The language screen readers read the (first) element of `locator` in (WCAG 3.1.2 Language of Parts). */
export function languageOf(locator: Locator): Promise<TextLanguage> {
  return locator.first().evaluate((element) => {
    const marked = element.closest('[lang]');
    return {
      language: marked?.getAttribute('lang') ?? null,
      pageLanguage: marked === element.ownerDocument.documentElement,
    };
  });
}
