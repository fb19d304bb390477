import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Languages the interface is written in; the first is the fallback. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'da', label: 'Dansk' },
  { code: 'nb', label: 'Norsk bokmål' },
  { code: 'sv', label: 'Svenska' },
  { code: 'fi', label: 'Suomi' },
  { code: 'is', label: 'Íslenska' },
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

type Texts = Record<string, unknown>;
type TextModule = { default: Texts };

/**
 * The texts every page shares (./locales/<language>.json), and those features keep beside their
 * code as features/<feature>/i18n/<language>.json (merged into the one translation namespace under
 * the feature's own top-level keys). Each language is a chunk of its own, loaded on demand (DESIGN
 * "Centres side by side", Languages): the first route carries only the active language's texts.
 */
const localeTexts = import.meta.glob<TextModule>('./locales/*.json');
const featureTexts = import.meta.glob<TextModule>('../features/*/i18n/*.json');

const loaded = new Map<string, Promise<void>>();

/** Loads a language's texts into i18next once; later calls wait for the same load. */
export function loadLanguage(code: LanguageCode): Promise<void> {
  let loading = loaded.get(code);
  if (!loading) {
    const suffix = `/${code}.json`;
    const loaders = [localeTexts, featureTexts].flatMap((texts) =>
      Object.entries(texts)
        .filter(([path]) => path.endsWith(suffix))
        .map(([, load]) => load),
    );
    loading = Promise.all(loaders.map((load) => load())).then((modules) => {
      const merged: Texts = {};
      for (const module of modules) Object.assign(merged, module.default);
      i18next.addResourceBundle(code, 'translation', merged, true, false);
    });
    // A failed load (offline) may be tried again.
    loading.catch(() => loaded.delete(code));
    loaded.set(code, loading);
  }
  return loading;
}

/** Switches the interface language once its texts are there, remembers it, and keeps `<html lang>` right. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await loadLanguage(code);
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  await i18next.changeLanguage(code);
}

i18next.on('languageChanged', (code) => {
  if (typeof document !== 'undefined') document.documentElement.lang = code;
});

void i18next.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

/** Ready to render: the texts of the language the interface starts in are loaded. */
export const i18nReady: Promise<void> = loadLanguage(i18next.language as LanguageCode);

export { i18next };
