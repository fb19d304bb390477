/** A text in several languages: language code → text (the catalogue document's form). */
export type LocalizedText = Readonly<Record<string, string>>;

/** A localized text as shown: the text, and the language it is in (null when there is no text). */
export interface ShownText {
  text: string;
  language: string | null;
}

/**
 * A localized text as the API's JSON scalar delivers it (`…Translations` fields are typed
 * `unknown`): only string entries count, anything else is no text.
 */
export function asLocalizedText(value: unknown): LocalizedText | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/**
 * The text in the interface language, else English, else any language it has (DESIGN: catalogue
 * content falls back to English), with the language it turned out to be in — so a fallback can be
 * marked up with its own `lang` (WCAG 3.1.2).
 */
export function localizedWithLanguage(text: unknown, language: string): ShownText {
  const texts = asLocalizedText(text);
  if (!texts) return { text: '', language: null };
  const found = [language, 'en'].find((code) => texts[code] !== undefined) ?? Object.keys(texts)[0];
  return { text: texts[found], language: found };
}

/** The text in the interface language, else English, else any language it has. */
export function localized(text: LocalizedText | null | undefined, language: string): string {
  return localizedWithLanguage(text, language).text;
}
