import { Heading, Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from './QueryState';

interface Props {
  providerCode: string;
  /** The page's heading while no catalogue is shown. */
  heading: string;
  /** What could not be loaded, in words (see QueryFailure). */
  what: string;
  loadingLabel: string;
  /** The first query that failed, if any. */
  failed?: { error: unknown; refetch(): unknown };
  loading: boolean;
}

/**
 * What a page about one catalogue version shows until it can show the version: why it could not
 * be loaded (with a retry), that it is loading, or that the centre has no such version.
 */
export function CatalogueStatus({ providerCode, heading, what, loadingLabel, failed, loading }: Props) {
  const { t } = useTranslation();
  if (failed) {
    return (
      <Untitled heading={heading}>
        <QueryFailure error={failed.error} what={what} onRetry={() => void failed.refetch()} />
      </Untitled>
    );
  }
  if (loading) return <LoadingState label={loadingLabel} />;
  return (
    <Untitled heading={heading}>
      <EmptyState>{t('catalogue.none', { code: providerCode })}</EmptyState>
      <Link asChild>
        <RouterLink to="/">{t('catalogue.backToCentres')}</RouterLink>
      </Link>
    </Untitled>
  );
}

function Untitled({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      {children}
    </>
  );
}
