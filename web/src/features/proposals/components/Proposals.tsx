import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { loginPath } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PROPOSAL_STATUSES, useProposalCentre, type ProposalStatus } from '../api/proposals';
import { rightsOf } from '../model/proposal-rights';
import { ProposalForm } from './ProposalForm';
import { ProposalList } from './ProposalList';
import './proposals.css';
import '../i18n';

function statusFrom(search: URLSearchParams): ProposalStatus | null {
  const value = search.get('status');
  return PROPOSAL_STATUSES.find((status) => status === value) ?? null;
}

/**
 * `/centres/:providerCode/proposals[?status=…]`: the customers' proposals to a centre, most votes
 * first. A customer of the centre proposes and votes; its account managers respond.
 */
export function Proposals({ providerCode }: { providerCode: string }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status = statusFrom(search);
  const centre = useProposalCentre(providerCode);
  const filterId = useId();
  const [writing, setWriting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const writeButton = useRef<HTMLButtonElement>(null);
  const provider = centre.data?.providers.find((item) => item.code === providerCode);
  useDocumentTitle(provider ? t('proposals.titleOf', { name: provider.name }) : t('proposals.title'));

  if (centre.isPending) return <LoadingState label={t('proposals.loading')} />;
  if (centre.isError)
    return (
      <QueryFailure error={centre.error} what={t('proposals.what')} onRetry={() => void centre.refetch()} />
    );
  if (!provider) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('proposals.title')}
        </Heading>
        <EmptyState>{t('proposals.noCentre', { code: providerCode })}</EmptyState>
      </>
    );
  }
  const rights = rightsOf(centre.data.me, providerCode);
  const closeForm = () => {
    setWriting(false);
    setTimeout(() => writeButton.current?.focus(), 0);
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('proposals.title')}
      </Heading>
      <Paragraph className="lead">
        <span lang={provider.locale === i18n.language ? undefined : provider.locale}>{provider.name}</span>:{' '}
        {t('proposals.intro')}
      </Paragraph>
      <div className="page-actions">
        <Link asChild>
          <RouterLink to={`/centres/${encodeURIComponent(providerCode)}`}>
            {t('proposals.toCatalogue')}
          </RouterLink>
        </Link>
      </div>
      {rights.mayPropose && !writing && (
        <Button ref={writeButton} onClick={() => setWriting(true)}>
          {t('proposals.form.open')}
        </Button>
      )}
      {rights.mayPropose && writing && (
        <ProposalForm
          providerCode={providerCode}
          services={centre.data.catalogue?.services ?? []}
          onCreated={(proposal) => {
            setAnnouncement(t('proposals.form.created', { title: proposal.title }));
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
      {!centre.data.me && <SignInHint />}
      <section aria-labelledby="proposal-list-heading" className="proposal-list-section">
        <Heading level={2} data-size="md" id="proposal-list-heading">
          {t('proposals.listHeading')}
        </Heading>
        <Field className="proposal-filter">
          <Label htmlFor={filterId}>{t('proposals.filter')}</Label>
          <Select
            id={filterId}
            width="auto"
            value={status ?? ''}
            onChange={(event) =>
              setSearch(event.target.value ? { status: event.target.value } : {}, { replace: true })
            }
          >
            <Select.Option value="">{t('proposals.allStatuses')}</Select.Option>
            {PROPOSAL_STATUSES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`proposals.status.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <ProposalList
          providerCode={providerCode}
          status={status}
          services={centre.data.catalogue?.services ?? []}
          rights={rights}
          announce={setAnnouncement}
        />
      </section>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </>
  );
}

function SignInHint() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <Paragraph data-size="sm">
      <Link asChild>
        <RouterLink to={loginPath(`${pathname}${search}`)}>{t('proposals.signIn')}</RouterLink>
      </Link>{' '}
      {t('proposals.signInWhy')}
    </Paragraph>
  );
}
