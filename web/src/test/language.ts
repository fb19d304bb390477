/**
 * The language a text is read in (WCAG 3.1.2): the `lang` of its nearest element that has one — the
 * page's own is on <html>, set from the interface language.
 */
export const languageOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
