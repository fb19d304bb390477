/** Localized text: language code → text. */
export type TextByLanguage = Readonly<Record<string, string>>;

// Norwegian: "no" is the macrolanguage of Bokmål ("nb") and Nynorsk ("nn"); browsers send any of them.
const RELATED: Readonly<Record<string, readonly string[]>> = {
  no: ['nb', 'nn'],
  nb: ['no', 'nn'],
  nn: ['no', 'nb'],
};

/**
 * The text in the first wanted language it has (exact tag, then the same base language, e.g.
 * "nb-NO" → "nb", "da" → "da-DK", then a related one), else English, else any text it has.
 */
export function pickText(text: TextByLanguage, wanted: readonly string[]): string {
  const keys = Object.keys(text);
  for (const tag of wanted) {
    const key = matchKey(keys, tag);
    if (key !== undefined) return text[key];
  }
  const fallback = matchKey(keys, 'en') ?? keys[0];
  return fallback === undefined ? '' : text[fallback];
}

function matchKey(keys: readonly string[], tag: string): string | undefined {
  if (tag === '*') return undefined;
  const lower = tag.toLowerCase();
  const exact = keys.find((key) => key.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const base = baseOf(lower);
  const sameBase = keys.find((key) => baseOf(key.toLowerCase()) === base);
  if (sameBase !== undefined) return sameBase;
  for (const related of RELATED[base] ?? []) {
    const key = keys.find((candidate) => baseOf(candidate.toLowerCase()) === related);
    if (key !== undefined) return key;
  }
  return undefined;
}

function baseOf(tag: string): string {
  return tag.split('-')[0];
}
