import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before withdrawing: a withdrawn quote cannot be submitted or accepted any more. */
export function WithdrawDialog({
  ref,
  draft,
  busy,
  onConfirm,
}: {
  ref: Ref<HTMLDialogElement>;
  /** A draft is discarded, a submitted quote withdrawn: the same change, said as people expect. */
  draft: boolean;
  busy: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const texts = draft ? 'quotes.discardDialog' : 'quotes.withdrawDialog';
  return (
    <Dialog ref={ref} closeButton={t(`${texts}.close`)} aria-labelledby="withdraw-heading">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="withdraw-heading">
          {t(`${texts}.heading`)}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{t(`${texts}.text`)}</Paragraph>
        <div className="dialog-buttons">
          <Button data-color="danger" onClick={onConfirm} aria-busy={busy || undefined}>
            {t(`${texts}.confirm`)}
          </Button>
          <Button variant="secondary" onClick={(event) => event.currentTarget.closest('dialog')?.close()}>
            {t(`${texts}.cancel`)}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
