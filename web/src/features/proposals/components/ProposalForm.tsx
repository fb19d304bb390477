import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useCreateProposal, type Proposal, type ProposalService } from '../api/proposals';
import { proposalFailure } from '../model/proposal-failure';
import {
  EMPTY_PROPOSAL,
  proposalProblems,
  type FieldProblem,
  type ProposalField,
  type ProposalForm as Form,
} from '../model/proposal-form';
import '../i18n';

interface Props {
  providerCode: string;
  /** The services of the centre's catalogue in force. */
  services: readonly ProposalService[];
  onCreated(proposal: Proposal): void;
  onCancel(): void;
}

/**
 * A customer's new proposal: title, what and why, and the service it would change (or a new one).
 * Problems are shown at their fields and listed in an error summary that takes the focus; the
 * API's refusal of a field (an unknown service…) is shown the same way.
 */
export function ProposalForm({ providerCode, services, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const create = useCreateProposal(providerCode);
  const resolve = useCatalogueStrings();
  const ids = { title: useId(), description: useId(), serviceCode: useId() };
  const [form, setForm] = useState<Form>(EMPTY_PROPOSAL);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The error summary or the refusal, whichever is shown: it takes the focus after a failed send.
  const feedback = useRef<HTMLElement | null>(null);
  const keep = (element: HTMLElement | null) => {
    feedback.current = element;
  };
  const errorAt = (field: ProposalField) => {
    const found = problems.find((problem) => problem.field === field);
    return found ? t(found.key) : undefined;
  };
  const change = (field: ProposalField) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  useEffect(() => {
    if (attempt > 0) feedback.current?.focus();
  }, [attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const local = proposalProblems(form);
    setProblems(local);
    setFailure(null);
    if (local.length > 0) return setAttempt((n) => n + 1);
    const input = {
      providerCode,
      title: form.title.trim(),
      description: form.description.trim(),
      serviceCode: form.serviceCode || null,
    };
    create.mutate(input, {
      onSuccess: (proposal) => {
        setForm(EMPTY_PROPOSAL);
        onCreated(proposal);
      },
      onError: (error) => {
        const refused = proposalFailure(error, online);
        const field = refused.field as ProposalField | null;
        if (field && field in ids) setProblems([{ field, key: refused.key }]);
        else setFailure(t(refused.key));
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <form className="proposal-form" onSubmit={submit} noValidate aria-labelledby="proposal-form-heading">
      <Heading level={2} data-size="sm" id="proposal-form-heading">
        {t('proposals.form.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('proposals.form.intro')}</Paragraph>
      {problems.length > 0 && (
        <ErrorSummary ref={keep} key={attempt}>
          <ErrorSummary.Heading>
            {t('proposals.form.errorsHeading', { count: problems.length })}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((problem) => (
              <ErrorSummary.Item key={problem.field}>
                <ErrorSummary.Link href={`#${ids[problem.field]}`}>{t(problem.key)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {failure && (
        <Alert data-color="danger" ref={keep} tabIndex={-1} key={attempt}>
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <Textfield
        id={ids.title}
        label={t('proposals.form.title')}
        description={t('proposals.form.titleHelp')}
        value={form.title}
        onChange={(event) => change('title')(event.target.value)}
        error={errorAt('title')}
      />
      <Textfield
        id={ids.description}
        multiline
        rows={6}
        label={t('proposals.form.description')}
        description={t('proposals.form.descriptionHelp')}
        value={form.description}
        onChange={(event) => change('description')(event.target.value)}
        error={errorAt('description')}
      />
      <Field>
        <Label htmlFor={ids.serviceCode}>{t('proposals.form.service')}</Label>
        <Select
          id={ids.serviceCode}
          value={form.serviceCode}
          aria-invalid={errorAt('serviceCode') ? true : undefined}
          onChange={(event) => change('serviceCode')(event.target.value)}
        >
          <Select.Option value="">{t('proposals.form.newService')}</Select.Option>
          {services.map((service) => (
            <Select.Option key={service.code} value={service.code}>
              {t('proposals.form.serviceChoice', {
                name: resolve(service.nameTranslations, service.code).text,
                code: service.code,
              })}
            </Select.Option>
          ))}
        </Select>
        {errorAt('serviceCode') && <ValidationMessage>{errorAt('serviceCode')}</ValidationMessage>}
      </Field>
      <div className="proposal-form__actions">
        <Button type="submit" aria-busy={create.isPending || undefined}>
          {create.isPending ? t('proposals.form.busy') : t('proposals.form.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('proposals.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
