import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactElement, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { translateWithNodes } from '../../../i18n/translate-nodes';

/** Asks before deleting a figure: it disappears for everyone. */
export function DeleteFigureDialog({
  ref,
  description,
  busy,
  onConfirm,
}: {
  ref: Ref<HTMLDialogElement>;
  /** The figure in words: centre, year, KPI and value. */
  description: { centre: ReactElement; year: number; kpi: string; value: string } | null;
  busy: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      ref={ref}
      closeButton={t('benchmarks.deleteDialog.close')}
      aria-labelledby="delete-figure-heading"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="delete-figure-heading">
          {t('benchmarks.deleteDialog.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {description && (
          <Paragraph>{translateWithNodes(t, 'benchmarks.deleteDialog.text', description)}</Paragraph>
        )}
        <div className="dialog-buttons">
          <Button data-color="danger" onClick={onConfirm} aria-busy={busy || undefined}>
            {t('benchmarks.deleteDialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={(event) => event.currentTarget.closest('dialog')?.close()}>
            {t('benchmarks.deleteDialog.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
