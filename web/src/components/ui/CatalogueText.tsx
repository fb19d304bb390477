import { useCallback, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedWithLanguage } from '../../lib/localized';

/**
 * Catalogue texts are kept per language and fall back to English (then any language) when they
 * lack the interface language, so a Norwegian page can hold English or Danish names. Each such
 * part must say its language, or screen readers read it with Norwegian rules (WCAG 3.1.2).
 */

/** A catalogue text ready to show; `lang` is set only when it is not in the interface language. */
export interface CatalogueString {
  text: string;
  lang?: string;
}

/**
 * Resolves catalogue texts (`…Translations` fields: language → text) for the interface language;
 * `fallback` (e.g. the code) when there is no text at all.
 */
export function useCatalogueStrings(): (text: unknown, fallback?: string) => CatalogueString {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (text: unknown, fallback = '') => {
      const shown = localizedWithLanguage(text, language);
      if (!shown.text || !shown.language) return { text: fallback };
      return shown.language === language ? { text: shown.text } : { text: shown.text, lang: shown.language };
    },
    [language],
  );
}

/** A resolved catalogue text: bare in the interface language, else in a span with its `lang`. */
export function LangText({ text, lang }: CatalogueString): ReactNode {
  return lang ? <span lang={lang}>{text}</span> : text;
}

/** A catalogue text (language → text) in the interface language, or its fallback marked with `lang`. */
export function CatalogueText({ text, fallback }: { text: unknown; fallback?: string }) {
  const resolve = useCatalogueStrings();
  return <LangText {...resolve(text, fallback)} />;
}

/** The name of a catalogue code as an element; the code itself when the catalogue has no text. */
export function catalogueName(text: unknown, code: string): ReactElement {
  return <CatalogueText text={text} fallback={code} />;
}

// Words built as plain strings (the price component and price line explanations, shared with the
// account managers' views) carry a text's language in-band between these private-use code points;
// <MarkedText> turns each mark into a span. They occur in no translation and no catalogue text.
const MARKED = /\uE000([^\uE001]*)\uE001([^\uE002]*)\uE002/;

/** The text, marked with its language when that is not the interface language (see MarkedText). */
export function markLanguage({ text, lang }: CatalogueString): string {
  return lang ? `\uE000${lang}\uE001${text}\uE002` : text;
}

/** A string built with markLanguage() parts, each shown in a span with its `lang`. */
export function MarkedText({ text }: { text: string }) {
  // With two capture groups split() gives: text, language, marked text, text, language, …
  const parts = text.split(MARKED);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 3 === 0) return part;
        if (i % 3 === 1) return null;
        return (
          <span key={i} lang={parts[i - 1]}>
            {part}
          </span>
        );
      })}
    </>
  );
}
