import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveBlocker } from '../../lib/leave/use-leave-guard';

/**
 * The question asked when a move to another page would lose unsaved changes (forms register with
 * useLeaveGuard). Staying is the safe default: Escape, the close button and "Stay" keep the page.
 */
export function LeaveGuardHost() {
  const { t } = useTranslation();
  const blocker = useLeaveBlocker();
  const headingId = useId();
  const textId = useId();
  const asking = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  return (
    <Dialog
      open={asking}
      onClose={stay}
      closeButton={false}
      aria-labelledby={headingId}
      aria-describedby={textId}
      role="alertdialog"
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="sm">
          {t('leave.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph id={textId}>{t('leave.text')}</Paragraph>
        <div className="leave-dialog__actions">
          <Button onClick={stay}>{t('leave.stay')}</Button>
          <Button variant="secondary" data-color="danger" onClick={() => blocker.proceed?.()}>
            {t('leave.leave')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
