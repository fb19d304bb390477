import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgencyList, type ListedAgency } from '../api/agencies';
import { useManagedProviders } from '../../../lib/manage/versions';
import { managePaths } from '../../../lib/manage/manage-paths';
import { Notice } from '../../../components/manage/Notice';
import { SelectFilter } from '../../../components/manage/SelectFilter';
import { TableScroll } from '../../../components/ui/TableScroll';

/** An administrator narrows the list to one centre; the choice lives in the address (?centre=). */
function CentreFilter({ centre, onApply }: { centre: string; onApply(centre: string): void }) {
  const { t } = useTranslation();
  const providers = useManagedProviders();
  return (
    <SelectFilter
      id="agency-centre"
      name={t('manager.agencies.filters')}
      label={t('manager.agencies.centreFilter')}
      allLabel={t('manager.agencies.allCentres')}
      choices={(providers.data ?? []).map((provider) => ({
        value: provider.code,
        label: t('manager.agencies.centreChoice', { name: provider.name, code: provider.code }),
      }))}
      applyLabel={t('manager.agencies.apply')}
      value={centre}
      onApply={onApply}
    />
  );
}

function AgencyTable({ agencies, total }: { agencies: readonly ListedAgency[]; total: number }) {
  const { t } = useTranslation();
  const caption = t('manager.agencies.caption', { count: total });
  return (
    <TableScroll label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.agencies.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agencies.organisationNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agencies.country')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.agencies.centre')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {agencies.map((agency) => (
            <Table.Row key={agency.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={managePaths.agency(agency.id)}>{agency.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{agency.organisationNumber}</Table.Cell>
              <Table.Cell>
                {t(`manager.agencies.countries.${agency.country}`, { defaultValue: agency.country })}
              </Table.Cell>
              <Table.Cell>{agency.providerCode}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The agencies of one centre (null: every centre the user may see), a page at a time. */
function AgencyRows({ providerCode }: { providerCode: string | null }) {
  const { t } = useTranslation();
  const agencies = useAgencyList(providerCode);
  const pages = agencies.data?.pages ?? [];
  const shown = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  if (agencies.isPending) return <LoadingState label={t('manager.agencies.loading')} />;
  if (agencies.error)
    return (
      <QueryFailure
        error={agencies.error}
        what={t('manager.agencies.what')}
        onRetry={() => void agencies.refetch()}
      />
    );
  if (shown.length === 0) return <EmptyState>{t('manager.agencies.empty')}</EmptyState>;
  return (
    <>
      <AgencyTable agencies={shown} total={pages[0]?.totalCount ?? shown.length} />
      {agencies.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void agencies.fetchNextPage()}
          disabled={agencies.isFetchingNextPage}
        >
          {t('manager.agencies.more')}
        </Button>
      )}
    </>
  );
}

/**
 * `/manage/agencies`: the customer agencies, by name. An account manager sees those their centre
 * serves; an administrator every centre's, with a filter by centre.
 */
export function AgencyList({ ownCentre }: { ownCentre: string | null }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = search.get('centre') ?? '';
  useDocumentTitle(t('manager.agencies.title'));
  return (
    <>
      <Notice />
      <Heading level={1} data-size="lg">
        {t('manager.agencies.heading')}
      </Heading>
      <Paragraph className="lead">
        {ownCentre ? t('manager.agencies.intro', { code: ownCentre }) : t('manager.agencies.introAdmin')}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={managePaths.newAgency()}>{t('manager.agencies.register')}</RouterLink>
        </Link>
      </Paragraph>
      {ownCentre === null && (
        <CentreFilter
          key={filter}
          centre={filter}
          onApply={(centre) => setSearch(centre ? new URLSearchParams({ centre }) : new URLSearchParams())}
        />
      )}
      <AgencyRows providerCode={ownCentre ?? (filter || null)} />
    </>
  );
}
