import { useTranslation } from 'react-i18next';
import type { LoadedDraft } from '../../api/draft';
import { updateSettings } from '../../api/draft-edits';
import { useRefreshCatalogue } from '../../api/refresh';
import { settingsFormPath, settingsInput, type SettingsForm } from '../../hooks/simple-forms';
import { useItemEditor } from '../../../../lib/manage/use-item-editor';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { TextField } from '../../../../components/manage/form/fields';

/** The version's own settings: the date it comes into force and its currency. */
export function SettingsEditor({ draft, onReload }: { draft: LoadedDraft; onReload(): void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCatalogue();
  const editor = useItemEditor<SettingsForm, Parameters<typeof updateSettings>[1]>({
    formId: 'edit-settings',
    initial: { validFrom: draft.validFrom ?? '', currency: draft.currency },
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
    </ItemForm>
  );
}
