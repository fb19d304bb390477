import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailure, refusalExtensions } from '../../../lib/api-errors';
import { useSession } from '../../../lib/session';
import { useOnlineStatus } from '../../../lib/use-online-status';

interface FieldErrors {
  email?: string;
  password?: string;
}

/**
 * E-mail and password. A wrong password and an unknown e-mail get the same words (the API does not
 * tell them apart either); the message takes the focus so screen readers hear it at once.
 * Where to go afterwards is the page's business: it follows the session once signed in.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const { signIn, ended } = useSession();
  const online = useOnlineStatus();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const failureRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // A refusal takes the focus as it appears, so screen readers hear it at once.
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors: FieldErrors = {
      email: email.trim() ? undefined : t('session.login.emailMissing'),
      password: password ? undefined : t('session.login.passwordMissing'),
    };
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await signIn(email, password);
    } catch (error) {
      setPassword('');
      setFailure(failureText(error, online));
    } finally {
      setBusy(false);
    }
  };

  const failureText = (error: unknown, isOnline: boolean): string => {
    const failure = apiFailure(error, isOnline);
    if (failure.kind === 'offline') return t('session.login.offline');
    if (failure.kind === 'refused' && failure.code === 'UNAUTHENTICATED') return t('session.login.wrong');
    if (failure.kind === 'refused' && failure.code === 'TOO_MANY_REQUESTS')
      return t('session.login.tooMany', { count: waitMinutes(error) });
    return t('session.login.failed');
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('session.login.title')}
      </Heading>
      <Paragraph className="lead">{t('session.login.intro')}</Paragraph>
      {(ended === 'expired' || ended === 'unauthenticated') && !failure && (
        <Alert data-color="info" className="state">
          <Paragraph>{t('session.login.expired')}</Paragraph>
        </Alert>
      )}
      {failure && (
        <Alert data-color="danger" className="state" ref={failureRef} tabIndex={-1}>
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={emailRef}
          label={t('session.login.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <Textfield
          ref={passwordRef}
          label={t('session.login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <div>
          <Button type="submit" aria-busy={busy || undefined} aria-disabled={busy || undefined}>
            {busy ? t('session.login.busy') : t('session.login.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The wait the API asks for after too many failed attempts, in whole minutes (at least one). */
function waitMinutes(error: unknown): number {
  const seconds = refusalExtensions(error).retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 15;
}
