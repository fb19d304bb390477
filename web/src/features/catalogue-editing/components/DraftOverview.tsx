import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCentreDraft } from '../hooks/use-centre-draft';
import { managePaths } from '../../../lib/manage/manage-paths';
import { DraftActions } from './DraftActions';
import { DraftSections } from './DraftSections';
import { Notice } from '../../../components/manage/Notice';

/** `/manage/centres/:code/draft`: the draft as a whole — its settings, actions and items. */
export function DraftOverview({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { centre, provider, draft, loading, error, refetch, reload } = useCentreDraft(providerCode);
  useDocumentTitle(draft ? t('manager.draft.title', { number: draft.number }) : t('manager.draft.what'));
  if (loading) return <LoadingState label={t('manager.draft.loading')} />;
  if (error) return <QueryFailure error={error} what={t('manager.draft.what')} onRetry={refetch} />;
  const back = (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={managePaths.centre(providerCode)}>
          {t('manager.versions.back', { name: provider?.name ?? providerCode })}
        </RouterLink>
      </Link>
    </Paragraph>
  );
  if (!draft) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('manager.draft.what')}
        </Heading>
        <EmptyState>{t('manager.draft.none')}</EmptyState>
      </>
    );
  }
  const inForce = centre.versions.find((version) => version.inForce) ?? null;
  const base = inForce ?? centre.versions.find((version) => version.status === 'PUBLISHED') ?? null;
  return (
    <>
      {back}
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.draft.heading', { number: draft.number, name: provider?.name ?? providerCode })}
      </Heading>
      <Paragraph className="lead">
        {draft.validFrom
          ? t('manager.draft.meta', { date: format.date(draft.validFrom), currency: draft.currency })
          : t('manager.draft.metaNoDate', { currency: draft.currency })}{' '}
        <Link asChild>
          <RouterLink to={managePaths.item(providerCode, 'settings', 'version')}>
            {t('manager.draft.changeSettings')}
          </RouterLink>
        </Link>
      </Paragraph>
      <DraftActions
        providerCode={providerCode}
        draft={draft}
        base={base}
        inForce={inForce}
        onReload={() => void reload()}
      />
      <Heading level={2} data-size="md" className="section-heading">
        {t('manager.draft.contents')}
      </Heading>
      <DraftSections providerCode={providerCode} document={draft.document} />
      <Button variant="tertiary" data-size="sm" onClick={() => void reload()}>
        {t('manager.draft.refresh')}
      </Button>
    </>
  );
}
