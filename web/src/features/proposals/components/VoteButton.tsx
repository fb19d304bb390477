import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useReloadProposals, useVote, type Proposal } from '../api/proposals';
import { proposalFailure } from '../model/proposal-failure';
import '../i18n';

/**
 * The agency's vote as a toggle button (aria-pressed: pressed while the agency votes for the
 * proposal). Its name stays the same whether pressed or not, and names the proposal, so a list of
 * them reads apart. The new count is announced through `announce` (a polite live region).
 */
export function VoteButton({ proposal, announce }: { proposal: Proposal; announce(text: string): void }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const vote = useVote(proposal.providerCode);
  const reload = useReloadProposals(proposal.providerCode);
  const [problem, setProblem] = useState<string | null>(null);
  const voted = proposal.myAgencyVoted;

  const toggle = () => {
    if (vote.isPending) return;
    setProblem(null);
    vote.mutate(
      { id: proposal.id, vote: !voted },
      {
        onSuccess: (after) =>
          announce(
            t(voted ? 'proposals.vote.withdrawn' : 'proposals.vote.counted', {
              title: after.title,
              count: after.voteCount,
            }),
          ),
        onError: (error) => {
          const failure = proposalFailure(error, online);
          setProblem(t(failure.key));
          if (failure.reload) void reload();
        },
      },
    );
  };

  return (
    <div className="proposal-vote">
      <Button
        variant={voted ? 'primary' : 'secondary'}
        data-size="sm"
        aria-pressed={voted}
        aria-busy={vote.isPending || undefined}
        onClick={toggle}
      >
        {t('proposals.vote.button')}
        <span className="visually-hidden">: {proposal.title}</span>
      </Button>
      {voted && (
        <Paragraph data-size="sm" className="muted">
          {t('proposals.vote.yours')}
        </Paragraph>
      )}
      {problem && (
        <Paragraph data-size="sm" role="alert" className="proposal-problem">
          {problem}
        </Paragraph>
      )}
    </div>
  );
}
