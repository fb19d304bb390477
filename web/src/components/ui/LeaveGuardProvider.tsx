import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_NavigationContext } from 'react-router';
import { useGuardedNavigation } from '../../lib/leave/use-leave-guard';

/**
 * Around the routes: a move to another page that would lose unsaved changes (forms register with
 * useLeaveGuard) waits for this question. Staying is the safe default: Escape and "Stay" keep the page.
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { context, asking, stay, leave } = useGuardedNavigation();
  const headingId = useId();
  const textId = useId();
  return (
    <UNSAFE_NavigationContext.Provider value={context}>
      {children}
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
            <Button variant="secondary" data-color="danger" onClick={leave}>
              {t('leave.leave')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </UNSAFE_NavigationContext.Provider>
  );
}
