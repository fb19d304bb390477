import { LANGUAGES, loadLanguage } from '../i18n/i18n';

// happy-dom lacks the Web Animations API that Designsystemet's Spinner synchronises with.
if (typeof document !== 'undefined' && typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

// Unit tests have no server: happy-dom's WebSocket would dial ws://localhost/graphql and graphql-ws,
// closing its lazy socket while that dial fails, rejects a promise nobody can catch ("All
// Subscriptions Gone"). Without WebSocket pages are simply not live (lib/graphql/subscriptions.ts);
// specs of the live transport stub their own socket, and the browser tests use the real one.
Reflect.deleteProperty(globalThis, 'WebSocket');
// The interface texts load per language on demand in the app; specs switch languages at will, so
// every language is loaded before they run.
await Promise.all(LANGUAGES.map((language) => loadLanguage(language.code)));
