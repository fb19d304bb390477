import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailure } from '../../../lib/api-errors';
import { clearSignInLock, type ManagedUser } from '../api/users';
import { ConfirmDialog } from '../../../components/manage/ConfirmDialog';

type Outcome = 'cleared' | 'nothing' | 'offline' | 'failed';

/**
 * After too many failed sign-ins the API refuses the user's e-mail for up to 15 minutes. An
 * administrator who knows it is really them can lift that at once (after a question); the answer
 * is announced, and sessions already open were never affected.
 */
export function SignInLock({ user }: { user: ManagedUser }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const words = (key: string) => t(`manager.users.signInLock.${key}`, { name: user.name });

  const clear = async () => {
    setConfirming(false);
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome((await clearSignInLock(user.email)) ? 'cleared' : 'nothing');
    } catch (error) {
      setOutcome(apiFailure(error).kind === 'offline' ? 'offline' : 'failed');
    } finally {
      setBusy(false);
    }
  };

  const failed = outcome === 'failed' || outcome === 'offline';
  return (
    <section className="form-part" aria-labelledby="sign-in-lock-heading">
      <Heading id="sign-in-lock-heading" level={2} data-size="md">
        {words('heading')}
      </Heading>
      <Paragraph>{words('intro')}</Paragraph>
      <div role="status">
        {outcome && !failed && (
          <Alert data-color="success" className="state">
            <Paragraph>{words(outcome)}</Paragraph>
          </Alert>
        )}
      </div>
      <div role="alert">
        {failed && (
          <Alert data-color="danger" className="state">
            <Paragraph>{words(outcome)}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="button-row">
        <Button
          variant="secondary"
          aria-busy={busy || undefined}
          aria-disabled={busy || undefined}
          onClick={() => !busy && setConfirming(true)}
        >
          {words('clear')}
        </Button>
      </div>
      {/* Only while asking: the page's other question stays the one dialog there otherwise. */}
      {confirming && (
        <ConfirmDialog
          open
          heading={words('confirmHeading')}
          text={words('confirmQuestion')}
          confirmLabel={words('clear')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void clear()}
        />
      )}
    </section>
  );
}
