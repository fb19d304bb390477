import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProviders, type ProviderSummary } from '../api/providers';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; providers: ProviderSummary[] };

/** The list of centres: the first thing a visitor sees. */
export function ProviderList() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchProviders(i18n.language, controller.signal)
      .then((providers) => setState({ status: 'ready', providers }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      });
    return () => controller.abort();
  }, [i18n.language, attempt]);

  return (
    <section aria-labelledby="providers-heading" aria-busy={state.status === 'loading'}>
      <h2 id="providers-heading">{t('providers.heading')}</h2>
      {state.status === 'loading' && <p role="status">{t('providers.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert">
          <p>{t('providers.error')}</p>
          <button type="button" onClick={retry}>
            {t('providers.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && <Providers providers={state.providers} />}
    </section>
  );
}

function Providers({ providers }: { providers: ProviderSummary[] }) {
  const { t, i18n } = useTranslation();
  if (providers.length === 0) return <p>{t('providers.empty')}</p>;
  const countryName = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (
    <ul className="provider-list">
      {providers.map((provider) => (
        <li key={provider.code} className="provider-card">
          <h3>{provider.name}</h3>
          <p>
            <span className="muted">{t('providers.country')}: </span>
            {countryName.of(provider.country) ?? provider.country} · <code>{provider.code}</code>
          </p>
          <p>{t('providers.versions', { count: provider.versions.length })}</p>
        </li>
      ))}
    </ul>
  );
}
