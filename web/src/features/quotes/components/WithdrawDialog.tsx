import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before withdrawing: a withdrawn quote cannot be submitted or accepted any more. */
export function WithdrawDialog({
  ref,
  busy,
  onConfirm,
}: {
  ref: Ref<HTMLDialogElement>;
  busy: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog ref={ref} closeButton={t('quotes.withdrawDialog.close')} aria-labelledby="withdraw-heading">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="withdraw-heading">
          {t('quotes.withdrawDialog.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{t('quotes.withdrawDialog.text')}</Paragraph>
        <div className="dialog-buttons">
          <Button data-color="danger" onClick={onConfirm} aria-busy={busy || undefined}>
            {t('quotes.withdrawDialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={(event) => event.currentTarget.closest('dialog')?.close()}>
            {t('quotes.withdrawDialog.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
