import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './locales/da.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

/** Languages the interface is written in; the first is the fallback. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'da', label: 'Dansk' },
  { code: 'nb', label: 'Norsk bokmål' },
  { code: 'sv', label: 'Svenska' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'servicekatalog.language';

/** The saved choice, else the browser's first supported language, else English. */
export function initialLanguage(): LanguageCode {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  const candidates = [saved, ...(globalThis.navigator?.languages ?? [])];
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    const code = base === 'no' || base === 'nn' ? 'nb' : base;
    const match = LANGUAGES.find((language) => language.code === code);
    if (match) return match.code;
  }
  return 'en';
}

/** Switches the interface language, remembers it, and keeps `<html lang>` right for screen readers. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  await i18next.changeLanguage(code);
}

i18next.on('languageChanged', (code) => {
  if (typeof document !== 'undefined') document.documentElement.lang = code;
});

/**
 * Features may keep their texts beside their code as features/<feature>/i18n/<language>.json; they
 * are merged into the one translation namespace under the feature's own top-level keys.
 */
const featureTexts = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/i18n/*.json', {
  eager: true,
});

function textsFor(language: string, base: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [path, module] of Object.entries(featureTexts)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, module.default);
  }
  return merged;
}

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: textsFor('en', en) },
    da: { translation: textsFor('da', da) },
    nb: { translation: textsFor('nb', nb) },
    sv: { translation: textsFor('sv', sv) },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export { i18next };
