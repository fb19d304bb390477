import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useReloadProposals, useRespond, type Proposal, type ProposalStatus } from '../api/proposals';
import { proposalFailure, type ProposalFailure } from '../model/proposal-failure';
import { responseProblem } from '../model/proposal-form';
import '../i18n';

interface Props {
  proposal: Proposal;
  onDone(text: string): void;
  onCancel(): void;
}

/**
 * The centre's response to a proposal: one of the statuses the API allows next and the response
 * text, sent with the proposal's version — a proposal someone else answered meanwhile is refused
 * (CONFLICT) and the form says so and offers to reload.
 */
export function RespondForm({ proposal, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const respond = useRespond(proposal.providerCode);
  const reload = useReloadProposals(proposal.providerCode);
  const statusId = useId();
  const [status, setStatus] = useState<ProposalStatus>(
    proposal.nextStatuses.includes(proposal.status) ? proposal.status : (proposal.nextStatuses[0] ?? 'OPEN'),
  );
  const [response, setResponse] = useState(proposal.response ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ProposalFailure | null>(null);
  const responseRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (respond.isPending) return;
    const invalid = responseProblem(response);
    setProblem(invalid ? t(invalid) : null);
    setFailure(null);
    if (invalid) return responseRef.current?.focus();
    respond.mutate(
      { id: proposal.id, status, response: response.trim(), expectedVersion: proposal.version },
      {
        onSuccess: (after) =>
          onDone(
            t('proposals.respond.saved', {
              title: after.title,
              status: t(`proposals.status.${after.status}`),
            }),
          ),
        onError: (error) => {
          const refused = proposalFailure(error, online);
          if (refused.field === 'response') {
            setProblem(t(refused.key));
            return responseRef.current?.focus();
          }
          setFailure(refused);
          setTimeout(() => alertRef.current?.focus(), 0);
        },
      },
    );
  };

  return (
    <form className="proposal-respond" onSubmit={submit} noValidate>
      <Field>
        <Label htmlFor={statusId}>{t('proposals.respond.status')}</Label>
        <Select
          id={statusId}
          width="auto"
          value={status}
          onChange={(event) => setStatus(event.target.value as ProposalStatus)}
        >
          {proposal.nextStatuses.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`proposals.status.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        ref={responseRef}
        multiline
        rows={4}
        label={t('proposals.respond.response')}
        description={t('proposals.respond.responseHelp')}
        value={response}
        onChange={(event) => setResponse(event.target.value)}
        error={problem ?? undefined}
      />
      {failure && (
        <Alert data-color="danger" ref={alertRef} tabIndex={-1} role="alert">
          <Paragraph>{t(failure.key)}</Paragraph>
          {failure.reload && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => {
                void reload();
                onCancel();
              }}
            >
              {t('proposals.respond.reload')}
            </Button>
          )}
        </Alert>
      )}
      <div className="proposal-respond__actions">
        <Button type="submit" data-size="sm" aria-busy={respond.isPending || undefined}>
          {respond.isPending ? t('proposals.respond.busy') : t('proposals.respond.submit')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('proposals.respond.cancel')}
        </Button>
      </div>
    </form>
  );
}
