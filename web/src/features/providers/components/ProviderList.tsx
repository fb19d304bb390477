import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { NewPricesNotice } from '../../../components/ui/NewPricesNotice';
import { VersionNote } from '../../../components/ui/VersionNote';
import { nextVersion, pickVersion } from '../../../lib/catalogue-version';
import { useFormatters } from '../../../lib/format';
import { useProviders, type ProviderSummary } from '../api/providers';

/** The list of centres: the first thing a visitor sees. */
export function ProviderList() {
  const { t } = useTranslation();
  const providers = useProviders();
  if (providers.isPending) return <LoadingState label={t('providers.loading')} />;
  if (providers.isError) {
    return (
      <QueryFailure
        error={providers.error}
        what={t('providers.what')}
        onRetry={() => void providers.refetch()}
      />
    );
  }
  if (providers.data.length === 0) return <EmptyState>{t('providers.empty')}</EmptyState>;
  return (
    <ul className="provider-list">
      {providers.data.map((provider) => (
        <li key={provider.code}>
          <ProviderCard provider={provider} />
        </li>
      ))}
    </ul>
  );
}

function ProviderCard({ provider }: { provider: ProviderSummary }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const countryName = format.region(provider.country);
  const inForce = pickVersion(provider.versions, null);
  // Without a version in force, the one published ahead is announced and opened by its number.
  const current = inForce ?? nextVersion(provider.versions);
  const pinned = current && !inForce ? `?version=${current.number}` : '';
  const headingId = `provider-${provider.code}`;
  return (
    <Card className="provider-card" aria-labelledby={headingId}>
      <Heading
        level={2}
        data-size="sm"
        id={headingId}
        lang={provider.locale === i18n.language ? undefined : provider.locale}
      >
        {provider.name}
      </Heading>
      <Paragraph data-size="sm">
        {countryName} · {provider.code}
      </Paragraph>
      {current ? (
        <>
          <Paragraph data-size="sm">
            {t('providers.inForce', {
              number: current.number,
              date: current.validFrom ? format.date(current.validFrom) : '',
              currency: current.currency,
            })}{' '}
            <VersionNote version={current} />
          </Paragraph>
          <NewPricesNotice
            providerCode={provider.code}
            next={nextVersion(provider.versions)}
            shownNumber={current.number}
          />
          <ul className="link-list">
            <li>
              <Link asChild>
                <RouterLink to={`/centres/${encodeURIComponent(provider.code)}${pinned}`}>
                  {t('providers.browse', { name: provider.name })}
                </RouterLink>
              </Link>
            </li>
            <li>
              <Link asChild>
                <RouterLink to={`/centres/${encodeURIComponent(provider.code)}/configure${pinned}`}>
                  {t('providers.configure')}
                </RouterLink>
              </Link>
            </li>
          </ul>
        </>
      ) : (
        <Paragraph data-size="sm">{t('providers.noCatalogue')}</Paragraph>
      )}
    </Card>
  );
}
