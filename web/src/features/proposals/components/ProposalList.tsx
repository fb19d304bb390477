import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useProposalList, type ProposalService, type ProposalStatus } from '../api/proposals';
import { ProposalCard } from './ProposalCard';
import type { ProposalRights } from '../model/proposal-rights';
import '../i18n';

interface Props {
  providerCode: string;
  status: ProposalStatus | null;
  services: readonly ProposalService[];
  rights: ProposalRights;
  announce(text: string): void;
}

/** The proposals of a centre (optionally of one status), most votes first, a page at a time. */
export function ProposalList({ providerCode, status, services, rights, announce }: Props) {
  const { t } = useTranslation();
  const list = useProposalList(providerCode, status);
  const resolve = useCatalogueStrings();
  const serviceNames = useMemo(
    () => new Map(services.map((service) => [service.code, resolve(service.nameTranslations, service.code)])),
    [services, resolve],
  );
  const proposals = list.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [];
  const total = list.data?.pages[0]?.totalCount ?? 0;

  if (list.isPending) return <LoadingState label={t('proposals.loading')} />;
  if (list.isError && proposals.length === 0)
    return <QueryFailure error={list.error} what={t('proposals.what')} onRetry={() => void list.refetch()} />;
  if (proposals.length === 0)
    return <EmptyState>{status ? t('proposals.emptyStatus') : t('proposals.empty')}</EmptyState>;
  return (
    <>
      <Paragraph data-size="sm">{t('proposals.order')}</Paragraph>
      <ol className="proposals">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            <ProposalCard
              proposal={proposal}
              serviceNames={serviceNames}
              mayVote={rights.mayVote}
              mayRespond={rights.mayRespond}
              announce={announce}
            />
          </li>
        ))}
      </ol>
      <Paragraph data-size="sm">{t('proposals.shown', { shown: proposals.length, count: total })}</Paragraph>
      {list.isFetchNextPageError && (
        <QueryFailure
          error={list.error}
          what={t('proposals.what')}
          onRetry={() => void list.fetchNextPage()}
        />
      )}
      {list.hasNextPage && (
        <Button
          variant="secondary"
          aria-busy={list.isFetchingNextPage || undefined}
          onClick={() => void (list.isFetchingNextPage || list.fetchNextPage())}
        >
          {list.isFetchingNextPage ? t('proposals.loadingMore') : t('proposals.showMore')}
        </Button>
      )}
    </>
  );
}
