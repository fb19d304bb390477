import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LangText } from '../../../components/ui/CatalogueText';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useOnlineStatus } from '../../../lib/use-online-status';
import {
  centreCurrency,
  centreNameOf,
  KPIS,
  useRecordFigure,
  useUpdateFigure,
  type BenchmarkCentre,
  type BenchmarkFigure,
  type BenchmarkKpi,
} from '../api/benchmarks';
import {
  draftOf,
  figureProblems,
  normalizeValue,
  figureFailure,
  type FigureDraft,
  type FigureField,
  type FigureProblems,
} from '../model/figure-form';
import { ChangeNotice } from './ChangeNotice';

const FIELD_ORDER: readonly FigureField[] = ['providerCode', 'kpi', 'year', 'value', 'source'];

interface FigureFormProps {
  centres: readonly BenchmarkCentre[];
  /** An account manager's own centre (fixed); null for administrators, who choose. */
  ownCentre: string | null;
  /** The figure to edit; null records a new one. */
  figure: BenchmarkFigure | null;
  thisYear: number;
  onSaved(what: 'recorded' | 'saved'): void;
  onCancel(): void;
  /** The list is stale (CONFLICT, deleted meanwhile): reload it and leave the form. */
  onReload(): void;
}

/** Records or edits one figure: checked here first, the API's refusals shown at their fields. */
export function FigureForm({
  centres,
  ownCentre,
  figure,
  thisYear,
  onSaved,
  onCancel,
  onReload,
}: FigureFormProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const record = useRecordFigure();
  const update = useUpdateFigure();
  const ids = { providerCode: useId(), kpi: useId(), year: useId(), value: useId(), source: useId() };
  const [draft, setDraft] = useState<FigureDraft>(() =>
    draftOf(figure, ownCentre ?? centres[0]?.code ?? '', thisYear),
  );
  const [problems, setProblems] = useState<FigureProblems>({});
  const [message, setMessage] = useState<{ key: string; reload: boolean } | null>(null);
  const busy = record.isPending || update.isPending;
  const centre = centres.find((candidate) => candidate.code === draft.providerCode);
  const currency = centreCurrency(centre);

  const set = (field: FigureField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const showProblems = (found: FigureProblems) => {
    setProblems(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) requestAnimationFrame(() => document.getElementById(ids[first])?.focus());
  };
  const failed = (error: unknown) => {
    const failure = figureFailure(error, online);
    if (failure.kind === 'field') showProblems({ [failure.field]: failure.key });
    else setMessage({ key: failure.key, reload: failure.reload });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const found = figureProblems(draft, thisYear);
    if (Object.keys(found).length > 0) return showProblems(found);
    const fields = {
      year: Number(draft.year.trim()),
      kpi: draft.kpi,
      value: normalizeValue(draft.value),
      source: draft.source.trim(),
    };
    if (figure) {
      update.mutate(
        { id: figure.id, input: fields, expectedVersion: figure.version },
        { onSuccess: () => onSaved('saved'), onError: failed },
      );
    } else {
      record.mutate(
        { ...fields, providerCode: draft.providerCode },
        { onSuccess: () => onSaved('recorded'), onError: failed },
      );
    }
  };

  const error = (field: FigureField) => (problems[field] ? t(problems[field]) : undefined);
  return (
    <form className="benchmark-form" onSubmit={submit} noValidate>
      {message && (
        <ChangeNotice textKey={message.key} onReload={message.reload ? onReload : undefined} alert />
      )}
      <CentreField
        id={ids.providerCode}
        centres={centres}
        value={draft.providerCode}
        fixed={ownCentre !== null || figure !== null}
        error={error('providerCode')}
        onChange={(code) => set('providerCode', code)}
      />
      <Field>
        <Label htmlFor={ids.kpi}>{t('benchmarks.form.kpi')}</Label>
        <Select
          id={ids.kpi}
          width="auto"
          value={draft.kpi}
          onChange={(e) => set('kpi', e.target.value as BenchmarkKpi)}
        >
          {KPIS.map((kpi) => (
            <Select.Option key={kpi} value={kpi}>
              {t(`benchmarks.kpi.${kpi}`)}
            </Select.Option>
          ))}
        </Select>
        {problems.kpi && <ValidationMessage>{error('kpi')}</ValidationMessage>}
      </Field>
      <Textfield
        id={ids.year}
        label={t('benchmarks.form.year')}
        description={t('benchmarks.form.yearHint', { last: thisYear + 1 })}
        inputMode="numeric"
        autoComplete="off"
        size={6}
        value={draft.year}
        onChange={(e) => set('year', e.target.value)}
        error={error('year')}
      />
      <Textfield
        id={ids.value}
        label={t('benchmarks.form.value')}
        description={
          currency ? t('benchmarks.form.valueHint', { currency }) : t('benchmarks.form.valueHintNoCurrency')
        }
        inputMode="decimal"
        autoComplete="off"
        size={12}
        value={draft.value}
        onChange={(e) => set('value', e.target.value)}
        error={error('value')}
      />
      <Textfield
        id={ids.source}
        label={t('benchmarks.form.source')}
        description={t('benchmarks.form.sourceHint')}
        multiline
        rows={2}
        value={draft.source}
        onChange={(e) => set('source', e.target.value)}
        error={error('source')}
      />
      <div className="dialog-buttons">
        <Button type="submit" aria-busy={busy || undefined}>
          {figure ? t('benchmarks.form.save') : t('benchmarks.form.record')}
        </Button>
        {figure && (
          <Button variant="secondary" onClick={onCancel}>
            {t('benchmarks.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * The figure's centre: chosen by an administrator recording a figure; else only said (an account
 * manager records for their own centre, and a recorded figure keeps its centre).
 */
function CentreField({
  id,
  centres,
  value,
  fixed,
  error,
  onChange,
}: {
  id: string;
  centres: readonly BenchmarkCentre[];
  value: string;
  fixed: boolean;
  error: string | undefined;
  onChange(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  if (fixed) {
    const centre = centres.find((candidate) => candidate.code === value);
    return (
      <Paragraph data-size="sm">
        {translateWithNodes(t, 'benchmarks.form.centreFixed', {
          name: <LangText {...(centre ? centreNameOf(centre, i18n.language) : { text: value })} />,
        })}
      </Paragraph>
    );
  }
  return (
    <Field>
      <Label htmlFor={id}>{t('benchmarks.form.centre')}</Label>
      <Select id={id} width="auto" value={value} onChange={(event) => onChange(event.target.value)}>
        {centres.map((choice) => (
          <Select.Option
            key={choice.code}
            value={choice.code}
            lang={centreNameOf(choice, i18n.language).lang}
          >
            {choice.name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
