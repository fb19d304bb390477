import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemForm } from '../../../../components/manage/form/ItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { TextField } from '../../../../components/manage/form/fields';
import { ItemNamesContext } from '../../../../lib/document-errors';
import { localized, type LocalizedText } from '../../../../lib/localized';
import type { TextForm } from '../../../../lib/manage/form-values';
import type { ItemEditor } from '../../../../lib/manage/use-item-editor';
import type { LoadedDraft } from '../../api/draft';
import { draftItemNamer, namedItem } from '../../model/item-names';

/** The kinds of draft item with a form of their own, by their i18n prefix ("manager.service.…"). */
export type DraftItemKind = 'service' | 'level' | 'package' | 'category' | 'driver';

interface Props<F extends { code: string; name: TextForm }> {
  kind: DraftItemKind;
  editor: ItemEditor<F>;
  draft: LoadedDraft;
  /** The item's code in the draft; null for a new item. */
  code: string | null;
  /** The item's name as the draft has it (the heading's and the removal question's). */
  name: LocalizedText | null | undefined;
  onReload(): void;
  children: ReactNode;
}

/**
 * The frame of a draft item's form: its heading, and every message about the item naming it as
 * managers know it — "The service Payroll (PAY) was saved", errors about other items of the draft
 * by their names too (in the reader's language, the code after the name).
 */
export function DraftItemForm<F extends { code: string; name: TextForm }>(props: Props<F>) {
  const { kind, editor, draft, code, name, onReload, children } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const nameOf = useMemo(() => draftItemNamer(draft.document, t, language), [draft.document, t, language]);
  const heading = code
    ? t(`manager.${kind}.editHeading`, { name: localized(name, language) || code, code })
    : t(`manager.${kind}.newHeading`);
  return (
    <ItemNamesContext.Provider value={nameOf}>
      <ItemForm
        editor={editor}
        heading={heading}
        savedText={t(`manager.${kind}.saved`, {
          item: namedItem(t, editor.value.name, editor.value.code.trim(), language),
        })}
        onReload={onReload}
        removal={
          code
            ? {
                label: t(`manager.${kind}.remove`),
                question: t(`manager.${kind}.removeQuestion`, { item: namedItem(t, name, code, language) }),
              }
            : undefined
        }
      >
        {children}
      </ItemForm>
    </ItemNamesContext.Provider>
  );
}

/** An item's code (fixed once it exists) and its name in every language: the first fields of each form. */
export function CodeAndNameFields({ code, nameLegend }: { code: string | null; nameLegend?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        path="code"
        label={t('manager.form.code')}
        description={code ? t('manager.form.codeFixed') : t('manager.form.codeHelp')}
        readOnly={code !== null}
      />
      <LocalizedTextFields path="name" legend={nameLegend ?? t('manager.form.name')} required />
    </>
  );
}
