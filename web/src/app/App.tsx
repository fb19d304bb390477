import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../components/ui/LanguageSelect';
import { ProviderList } from '../features/providers/components/ProviderList';

/** The page frame: skip link, header with language choice, main content, footer. */
export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <LanguageSelect />
      </header>
      <main id="main" tabIndex={-1}>
        <ProviderList />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
