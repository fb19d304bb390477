import { i18next, type LanguageCode } from './i18n';

/**
 * Adds the texts of a feature that loads on demand, from the feature's own code (a lazy route's
 * chunk), so they do not weigh on the first route the way features/<feature>/i18n/*.json do (those
 * are bundled with the first route). Call it at module level, before anything renders the texts.
 * A language it has no texts for falls back to English.
 */
export function registerTexts(texts: Partial<Record<LanguageCode, Record<string, unknown>>>): void {
  for (const [language, bundle] of Object.entries(texts)) {
    i18next.addResourceBundle(language, 'translation', bundle, true, false);
  }
}
