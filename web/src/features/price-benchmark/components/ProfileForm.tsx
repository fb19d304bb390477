import { Button, Field, Fieldset, Label, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import {
  STANDARD_MEASURES,
  STANDARD_PROFILES,
  BENCHMARK_KINDS,
  type BenchmarkKind,
} from '@servicekatalog/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_CURRENCIES, type BenchmarkQuestion } from '../api/price-benchmark';
import {
  presetDraft,
  profileOf,
  type Period,
  type ProfileDraft,
  type ProfileProblems,
} from '../model/profile-draft';

const CUSTOM = 'CUSTOM';

/** Picks a ready-made profile or takes the visitor's own volumes, monthly or yearly, and a currency. */
export function ProfileForm({ busy, onAsk }: { busy: boolean; onAsk(question: BenchmarkQuestion): void }) {
  const { t, i18n } = useTranslation();
  const ids = { preset: useId(), currency: useId(), volume: useId() };
  const [draft, setDraft] = useState<ProfileDraft>(() => presetDraft(STANDARD_PROFILES[0].code));
  const [currency, setCurrency] = useState<string>('EUR');
  const [problems, setProblems] = useState<ProfileProblems>({});

  const choosePreset = (code: string) => {
    setProblems({});
    setDraft((current) => (code === CUSTOM ? { ...current, preset: CUSTOM } : presetDraft(code)));
  };
  const edit = (change: Partial<ProfileDraft>) =>
    setDraft((current) => ({ ...current, ...change, preset: CUSTOM }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = profileOf(draft, i18n.language);
    if ('problems' in result) {
      setProblems(result.problems);
      const first = STANDARD_MEASURES.find((measure) => result.problems[measure]);
      if (first) requestAnimationFrame(() => document.getElementById(`${ids.volume}-${first}`)?.focus());
      return;
    }
    setProblems({});
    onAsk({ profile: result.profile, currency });
  };

  return (
    <form className="price-benchmark-form" onSubmit={submit} noValidate>
      <Field>
        <Label htmlFor={ids.preset}>{t('priceBenchmark.form.profile')}</Label>
        <Select
          id={ids.preset}
          width="auto"
          value={draft.preset}
          onChange={(e) => choosePreset(e.target.value)}
        >
          {STANDARD_PROFILES.map((profile) => (
            <Select.Option key={profile.code} value={profile.code}>
              {t(`priceBenchmark.profile.${profile.code}`)}
            </Select.Option>
          ))}
          <Select.Option value={CUSTOM}>{t('priceBenchmark.profile.CUSTOM')}</Select.Option>
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('priceBenchmark.form.kind')}</Fieldset.Legend>
        {BENCHMARK_KINDS.map((kind) => (
          <Radio
            key={kind}
            name={`${ids.preset}-kind`}
            value={kind}
            label={t(`priceBenchmark.kind.${kind}`)}
            checked={draft.kind === kind}
            onChange={() => edit({ kind: kind as BenchmarkKind })}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('priceBenchmark.form.period')}</Fieldset.Legend>
        <Fieldset.Description>{t('priceBenchmark.form.periodHint')}</Fieldset.Description>
        {(['MONTHLY', 'YEARLY'] as const).map((period: Period) => (
          <Radio
            key={period}
            name={`${ids.preset}-period`}
            value={period}
            label={t(`priceBenchmark.period.${period}`)}
            checked={draft.period === period}
            onChange={() => edit({ period })}
          />
        ))}
      </Fieldset>
      <Fieldset className="price-benchmark-volumes">
        <Fieldset.Legend>{t(`priceBenchmark.form.volumes.${draft.period}`)}</Fieldset.Legend>
        {STANDARD_MEASURES.map((measure) => (
          <Textfield
            key={measure}
            id={`${ids.volume}-${measure}`}
            label={t(`priceBenchmark.measure.${measure}`)}
            inputMode="numeric"
            autoComplete="off"
            size={10}
            value={draft.quantities[measure]}
            onChange={(e) => {
              setProblems((current) => ({ ...current, [measure]: undefined }));
              edit({ quantities: { ...draft.quantities, [measure]: e.target.value } });
            }}
            error={problems[measure] ? t(`priceBenchmark.problem.${problems[measure]}`) : undefined}
          />
        ))}
      </Fieldset>
      <Field>
        <Label htmlFor={ids.currency}>{t('priceBenchmark.form.currency')}</Label>
        <Select id={ids.currency} width="auto" value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {TARGET_CURRENCIES.map((code) => (
            <Select.Option key={code} value={code}>
              {code}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit" aria-busy={busy || undefined}>
          {t('priceBenchmark.form.submit')}
        </Button>
      </div>
    </form>
  );
}
