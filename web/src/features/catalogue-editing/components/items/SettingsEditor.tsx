import { useTranslation } from 'react-i18next';
import type { LoadedDraft } from '../../api/draft';
import { updateSettings } from '../../api/draft-edits';
import { useRefreshCatalogue } from '../../api/refresh';
import { BENCHMARK_KINDS } from '@servicekatalog/shared';
import {
  benchmarkPackagesForm,
  settingsFormPath,
  settingsInput,
  type SettingsForm,
} from '../../model/simple-forms';
import { useItemEditor } from '../../../../lib/manage/use-item-editor';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { SelectField, TextField } from '../../../../components/manage/form/fields';

/** The version's own settings: the date it comes into force, its currency, its price-benchmark packages. */
export function SettingsEditor({ draft, onReload }: { draft: LoadedDraft; onReload(): void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCatalogue();
  const editor = useItemEditor<SettingsForm, Parameters<typeof updateSettings>[1]>({
    formId: 'edit-settings',
    initial: {
      validFrom: draft.validFrom ?? '',
      currency: draft.currency,
      benchmarkPackages: benchmarkPackagesForm(draft.document.benchmarkPackages),
    },
    expectedVersion: draft.version,
    toInput: settingsInput,
    save: (input, expectedVersion) => updateSettings({ id: draft.id, expectedVersion }, input),
    mapping: () => ({ prefix: '', formPath: settingsFormPath }),
    onSaved: () => void refresh(),
  });
  return (
    <ItemForm
      editor={editor}
      heading={t('manager.settings.heading', { number: draft.number })}
      savedText={t('manager.settings.saved')}
      onReload={onReload}
    >
      <TextField
        path="validFrom"
        type="date"
        label={t('manager.settings.validFrom')}
        description={t('manager.settings.validFromHelp')}
      />
      <TextField
        path="currency"
        label={t('manager.settings.currency')}
        description={t('manager.settings.currencyHelp')}
      />
      {BENCHMARK_KINDS.map((kind) => (
        <SelectField
          key={kind}
          path={`benchmarkPackages.${kind}`}
          label={t(`manager.settings.benchmark.${kind}`)}
          description={kind === 'PAYROLL' ? t('manager.settings.benchmark.help') : undefined}
          emptyChoice={t('manager.settings.benchmark.none')}
          choices={draft.document.servicePackages.map((p) => ({ value: p.code, label: p.code }))}
        />
      ))}
    </ItemForm>
  );
}
