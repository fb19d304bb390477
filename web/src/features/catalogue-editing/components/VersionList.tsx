import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateDraft } from '../api/version-actions';
import { useManagedProvider, type ManagedVersion } from '../../../lib/manage/versions';
import { saveFailure } from '../../../lib/api-errors';
import { managePaths } from '../../../lib/manage/manage-paths';
import { ExportButton } from './ExportButton';
import { Notice } from '../../../components/manage/Notice';
import { VersionStatus } from './VersionStatus';
import { failureKey } from '../../../components/manage/form/SaveFeedback';
import { TableScroll } from '../../../components/ui/TableScroll';

/** `/manage/centres/:code`: the centre's catalogue versions with their status, and a way to start a draft. */
export function VersionList({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const centre = useManagedProvider(providerCode);
  const createDraft = useCreateDraft();
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(t('manager.versions.title', { name: centre.provider?.name ?? providerCode }));
  if (centre.isPending) return <LoadingState label={t('manager.versions.loading')} />;
  if (centre.error)
    return (
      <QueryFailure
        error={centre.error}
        what={t('manager.versions.what')}
        onRetry={() => void centre.refetch()}
      />
    );
  if (!centre.provider)
    return <EmptyState>{t('manager.versions.unknownCentre', { code: providerCode })}</EmptyState>;

  const start = async () => {
    setFailure(null);
    try {
      await createDraft.mutateAsync(providerCode);
      void navigate(managePaths.draft(providerCode), { state: { notice: t('manager.versions.started') } });
    } catch (error) {
      const result = saveFailure(error);
      setFailure(t(`manager.failure.${result.kind === 'invalid' ? 'server' : failureKey(result)}.text`));
    }
  };

  return (
    <>
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.versions.heading', { name: centre.provider.name })}
      </Heading>
      <Paragraph className="lead">{t('manager.versions.intro')}</Paragraph>
      <div className="button-row">
        {centre.draft ? (
          <Button asChild>
            <RouterLink to={managePaths.draft(providerCode)}>
              {t('manager.versions.openDraft', { number: centre.draft.number })}
            </RouterLink>
          </Button>
        ) : (
          <Button onClick={() => void start()} disabled={createDraft.isPending}>
            {t('manager.versions.startDraft')}
          </Button>
        )}
        <Button asChild variant="secondary">
          <RouterLink to={managePaths.import(providerCode)}>{t('manager.versions.import')}</RouterLink>
        </Button>
      </div>
      <p role="alert" className="action-error">
        {failure}
      </p>
      {centre.versions.length === 0 ? (
        <EmptyState>{t('manager.versions.none')}</EmptyState>
      ) : (
        <TableScroll label={t('manager.versions.caption')}>
          <Table zebra>
            <caption>{t('manager.versions.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('manager.versions.version')}</Table.HeaderCell>
                <Table.HeaderCell>{t('manager.versions.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('manager.versions.validFrom')}</Table.HeaderCell>
                <Table.HeaderCell>{t('manager.versions.currency')}</Table.HeaderCell>
                <Table.HeaderCell>{t('manager.versions.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {centre.versions.map((version, index) => (
                <Table.Row key={version.id}>
                  <Table.HeaderCell scope="row">
                    {t('manager.versions.number', { number: version.number })}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <VersionStatus version={version} />
                  </Table.Cell>
                  <Table.Cell>
                    {version.validFrom ? format.date(version.validFrom) : t('manager.versions.noDate')}
                  </Table.Cell>
                  <Table.Cell>{version.currency}</Table.Cell>
                  <Table.Cell>
                    <VersionActions
                      providerCode={providerCode}
                      version={version}
                      previous={centre.versions[index + 1]}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

function VersionActions({
  providerCode,
  version,
  previous,
}: {
  providerCode: string;
  version: ManagedVersion;
  previous?: ManagedVersion;
}) {
  const { t } = useTranslation();
  return (
    <ul className="row-links">
      <li>
        <Link asChild>
          {version.status === 'DRAFT' ? (
            <RouterLink to={managePaths.draft(providerCode)}>
              {t('manager.versions.edit', { number: version.number })}
            </RouterLink>
          ) : (
            <RouterLink to={`/centres/${encodeURIComponent(providerCode)}?version=${version.number}`}>
              {t('manager.versions.view', { number: version.number })}
            </RouterLink>
          )}
        </Link>
      </li>
      {previous && (
        <li>
          <Link asChild>
            <RouterLink to={managePaths.changes(providerCode, previous.number, version.number)}>
              {t('manager.versions.changes', { from: previous.number, to: version.number })}
            </RouterLink>
          </Link>
        </li>
      )}
      <li>
        <ExportButton providerCode={providerCode} number={version.number} />
      </li>
    </ul>
  );
}
