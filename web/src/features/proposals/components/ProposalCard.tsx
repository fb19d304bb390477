import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LangText, type CatalogueString } from '../../../components/ui/CatalogueText';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { Proposal, ProposalStatus } from '../api/proposals';
import { RespondForm } from './RespondForm';
import { VoteButton } from './VoteButton';
import '../i18n';

const COLOURS: Record<ProposalStatus, string> = {
  OPEN: 'info',
  UNDER_REVIEW: 'warning',
  PLANNED: 'accent',
  DECLINED: 'danger',
  DONE: 'success',
};

interface Props {
  proposal: Proposal;
  /** Service code → its name in the centre's catalogue in force (with its language if not the page's). */
  serviceNames: ReadonlyMap<string, CatalogueString>;
  mayVote: boolean;
  mayRespond: boolean;
  announce(text: string): void;
}

/** One proposal: what it asks, who asked, its votes and the centre's response. */
export function ProposalCard({ proposal, serviceNames, mayVote, mayRespond, announce }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = useId();
  const [responding, setResponding] = useState(false);
  const respondButton = useRef<HTMLButtonElement>(null);
  const closed = proposal.nextStatuses.length === 0;
  const closeForm = () => {
    setResponding(false);
    setTimeout(() => respondButton.current?.focus(), 0);
  };
  const service = proposal.serviceCode
    ? translateWithNodes(t, 'proposals.card.service', {
        name: <LangText {...(serviceNames.get(proposal.serviceCode) ?? { text: proposal.serviceCode })} />,
        code: proposal.serviceCode,
      })
    : t('proposals.card.newService');

  return (
    <article className="proposal" aria-labelledby={titleId}>
      <div className="proposal__head">
        <Heading level={3} data-size="xs" id={titleId}>
          {proposal.title}
        </Heading>
        <Tag data-color={COLOURS[proposal.status]} data-size="sm">
          {t(`proposals.status.${proposal.status}`)}
        </Tag>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('proposals.card.by', {
          agency: proposal.agencyName,
          date: format.date(proposal.createdAt.slice(0, 10)),
        })}{' '}
        · {service}
      </Paragraph>
      <Paragraph className="proposal__text">{proposal.description}</Paragraph>
      <div className="proposal__votes">
        <Paragraph data-size="sm">
          <strong>{t('proposals.card.votes', { count: proposal.voteCount })}</strong>
        </Paragraph>
        {mayVote && !closed && <VoteButton proposal={proposal} announce={announce} />}
      </div>
      {proposal.response && (
        <div className="proposal__response">
          <Heading level={4} data-size="2xs">
            {t('proposals.card.responseHeading')}
          </Heading>
          <Paragraph className="proposal__text">{proposal.response}</Paragraph>
          {proposal.respondedAt && (
            <Paragraph data-size="sm" className="muted">
              {t('proposals.card.respondedBy', {
                name: proposal.respondedByName ?? '',
                date: format.date(proposal.respondedAt.slice(0, 10)),
              })}
            </Paragraph>
          )}
        </div>
      )}
      {mayRespond && !closed && !responding && (
        <Button ref={respondButton} variant="secondary" data-size="sm" onClick={() => setResponding(true)}>
          {t('proposals.respond.open')}
          <span className="visually-hidden">: {proposal.title}</span>
        </Button>
      )}
      {mayRespond && responding && (
        <RespondForm
          proposal={proposal}
          onDone={(text) => {
            announce(text);
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
    </article>
  );
}
