import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  heading: string;
  text: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  /** The confirm button warns (removing, discarding). */
  danger?: boolean;
  children?: ReactNode;
}

/** A modal question before something that cannot be undone; Escape and Cancel leave everything as it was. */
export function ConfirmDialog({
  open,
  heading,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger,
  children,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      closeButton={t('manager.dialog.close')}
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="sm">
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{text}</Paragraph>
        {children}
        <div className="dialog-actions">
          <Button data-color={danger ? 'danger' : undefined} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('manager.dialog.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
