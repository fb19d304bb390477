import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import { i18nReady } from './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
// The interface language's texts are a chunk of their own; render once they are there (a failed
// load still renders, with the texts' keys, rather than leave the page blank).
if (root) {
  void i18nReady.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
