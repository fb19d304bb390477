import { Button, Heading } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFormContext } from '../../../lib/manage/item-form-context';
import type { ItemEditor } from '../../../lib/manage/use-item-editor';
import { ConfirmDialog } from '../ConfirmDialog';
import { SaveFeedback } from './SaveFeedback';

interface Props<F> {
  editor: ItemEditor<F>;
  heading: string;
  savedText: string;
  onReload(): void;
  /** For an item that exists: the question asked before removing it. */
  removal?: { label: string; question: string };
  /** The button's text when "Save" says too little ("Register the agency"). */
  submitLabel?: string;
  /** 2 for a form that is one part of a page with its own main heading. */
  headingLevel?: 1 | 2;
  /** i18n prefix of refusals worded for what the form changes (see SaveFeedback). */
  wording?: string;
  children: ReactNode;
}

/**
 * The frame of every item form: its heading, the outcome of the last save, the fields (which
 * read and write the editor's values through context) and the actions.
 */
export function ItemForm<F>({
  editor,
  heading,
  savedText,
  onReload,
  removal,
  submitLabel,
  headingLevel = 1,
  wording,
  children,
}: Props<F>) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingId = `${editor.formId}-heading`;
  const saving = editor.status.kind === 'saving';
  return (
    <ItemFormContext.Provider
      value={{ formId: editor.formId, value: editor.value, set: editor.set, errors: editor.errors }}
    >
      <Heading id={headingId} level={headingLevel} data-size={headingLevel === 1 ? 'lg' : 'md'} tabIndex={-1}>
        {heading}
      </Heading>
      <SaveFeedback
        formId={editor.formId}
        status={editor.status}
        errors={editor.errors}
        savedText={savedText}
        onReload={onReload}
        wording={wording}
      />
      <form
        className="item-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void editor.submit();
        }}
      >
        {children}
        {/* Stays in view at the bottom of long forms: Save is never eight screens away. */}
        <div className="form-actions form-actions--sticky">
          <span className={editor.dirty ? 'form-dirty form-dirty--unsaved' : 'form-dirty'} role="status">
            {editor.dirty ? t('leave.unsaved') : t('leave.saved')}
          </span>
          <Button type="submit" disabled={saving}>
            {submitLabel ?? t('manager.form.save')}
          </Button>
          {removal && (
            <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
              {removal.label}
            </Button>
          )}
        </div>
      </form>
      {removal && (
        <ConfirmDialog
          open={confirming}
          heading={removal.label}
          text={removal.question}
          confirmLabel={removal.label}
          danger
          busy={saving}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void editor.remove();
          }}
        />
      )}
    </ItemFormContext.Provider>
  );
}
