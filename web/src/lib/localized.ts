/** A text in several languages: language code → text (the catalogue document's form). */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * The text in the interface language, else English, else any language it has (DESIGN: catalogue
 * content falls back to English).
 */
export function localized(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}
