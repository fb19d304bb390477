import { LANGUAGES, loadLanguage } from '../i18n/i18n';

// happy-dom lacks the Web Animations API that Designsystemet's Spinner synchronises with.
if (typeof document !== 'undefined' && typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

// The interface texts load per language on demand in the app; specs switch languages at will, so
// every language is loaded before they run.
await Promise.all(LANGUAGES.map((language) => loadLanguage(language.code)));
